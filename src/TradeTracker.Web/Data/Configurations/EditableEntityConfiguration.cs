using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Configurations;

internal static class EditableEntityConfiguration
{
    /// <summary>Audit columns and the concurrency token every editable row carries.</summary>
    public static void ConfigureEditable<T>(this EntityTypeBuilder<T> builder)
        where T : EditableEntity
    {
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.ArchivedBy).HasMaxLength(256);
        builder.Ignore(e => e.IsArchived);
    }
}

internal sealed class EconomyConfiguration : IEntityTypeConfiguration<Economy>
{
    public void Configure(EntityTypeBuilder<Economy> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(3);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
    }
}

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ConfigureEditable();

        // A source still cited cannot be archived (SourceEditor), so no extension or disagreement loses its source.
        builder.HasQueryFilter(e => e.ArchivedAt == null);
        builder.Property(e => e.Publisher).HasMaxLength(300);
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.Url).HasMaxLength(2000);
        builder.HasIndex(e => e.Url);
    }
}

internal sealed class SeedRecordConfiguration : IEntityTypeConfiguration<SeedRecord>
{
    public void Configure(EntityTypeBuilder<SeedRecord> builder)
    {
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(120);
        builder.Property(e => e.ContentHash).HasMaxLength(64);
    }
}

internal sealed class ReferenceUpdateConfiguration : IEntityTypeConfiguration<ReferenceUpdate>
{
    public void Configure(EntityTypeBuilder<ReferenceUpdate> builder)
    {
        builder.Property(e => e.Key).HasMaxLength(120);
        builder.Property(e => e.EntityKind).HasMaxLength(20);
        builder.Property(e => e.ContentHash).HasMaxLength(64);
        builder.Property(e => e.ResolvedBy).HasMaxLength(256);
        builder.Property(e => e.Resolution).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => new { e.Key, e.ContentHash }).IsUnique();
        builder.HasIndex(e => e.ResolvedAt);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<Auditing.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Auditing.AuditEntry> builder)
    {
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.EntityKind).HasMaxLength(20);
        builder.Property(e => e.EntityId).HasMaxLength(40);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Note).HasMaxLength(500);
        builder.HasIndex(e => new { e.EntityKind, e.EntityId, e.Id });
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Actor, e.At });
    }
}
