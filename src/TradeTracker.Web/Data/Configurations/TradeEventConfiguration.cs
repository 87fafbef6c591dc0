using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Configurations;

internal sealed class TradeEventConfiguration : IEntityTypeConfiguration<TradeEvent>
{
    public void Configure(EntityTypeBuilder<TradeEvent> builder)
    {
        builder.ConfigureEditable();
        builder.HasQueryFilter(e => e.ArchivedAt == null);
        builder.Property(e => e.ReferenceId).HasMaxLength(EditableEntity.ReferenceIdMaxLength);
        builder.HasIndex(e => e.ReferenceId).IsUnique();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Confidence).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Location).HasMaxLength(300);
        builder.Property(e => e.Summary).HasMaxLength(4000);
        // The timeline reads live events newest first, all of them or of one kind; archived rows are left out of both.
        builder.HasIndex(e => e.StartsOn).HasFilter("\"ArchivedAt\" IS NULL");
        builder.HasIndex(e => new { e.Kind, e.StartsOn }).HasFilter("\"ArchivedAt\" IS NULL");
        builder.OwnsMany(e => e.Participants, p => p.ToJson());
        builder.HasMany(e => e.Economies).WithMany().UsingEntity("EventEconomies");
        builder.HasMany(e => e.Measures).WithMany().UsingEntity("EventMeasures");
        builder.HasMany(e => e.Deadlines).WithMany(d => d.Events).UsingEntity("EventDeadlines");
        builder.HasMany(e => e.Sources).WithMany().UsingEntity("EventSources");
        builder.HasMany(e => e.Disagreements).WithOne().HasForeignKey(d => d.TradeEventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DisagreementConfiguration : IEntityTypeConfiguration<Disagreement>
{
    public void Configure(EntityTypeBuilder<Disagreement> builder)
    {
        builder.Property(e => e.Claim).HasMaxLength(1000);
        builder.Property(e => e.CounterClaim).HasMaxLength(1000);
        builder.HasOne(e => e.ClaimSource).WithMany().HasForeignKey(e => e.ClaimSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.CounterSource).WithMany().HasForeignKey(e => e.CounterSourceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.ConfigureEditable();
        builder.HasQueryFilter(e => e.ArchivedAt == null);
        builder.Property(e => e.ReferenceId).HasMaxLength(EditableEntity.ReferenceIdMaxLength);
        builder.HasIndex(e => e.ReferenceId).IsUnique();
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.WhatHappens).HasMaxLength(4000);
        builder.Property(e => e.Outcome).HasMaxLength(4000);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Confidence).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(e => e.Extensions).WithOne().HasForeignKey(x => x.DeadlineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Measures).WithMany().UsingEntity("DeadlineMeasures");
        builder.HasMany(e => e.Sources).WithMany().UsingEntity("DeadlineSources");
    }
}

internal sealed class DeadlineExtensionConfiguration : IEntityTypeConfiguration<DeadlineExtension>
{
    public void Configure(EntityTypeBuilder<DeadlineExtension> builder)
    {
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
