using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Configurations;

internal sealed class TariffMeasureConfiguration : IEntityTypeConfiguration<TariffMeasure>
{
    public void Configure(EntityTypeBuilder<TariffMeasure> builder)
    {
        builder.ConfigureEditable();
        builder.HasQueryFilter(e => e.ArchivedAt == null);
        builder.Property(e => e.Key).HasMaxLength(100);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(300);
        builder.Property(e => e.LegalBasis).HasMaxLength(500);
        builder.Property(e => e.ProductDescription).HasMaxLength(2000);
        builder.Property(e => e.Notes).HasMaxLength(4000);
        builder.Property(e => e.InvalidatedBy).HasMaxLength(200);
        builder.Property(e => e.InvalidationNote).HasMaxLength(500);
        builder.Property(e => e.Coverage).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Combination).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Confidence).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Economy>().WithMany().HasForeignKey(e => e.ImposingEconomyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Economy>().WithMany().HasForeignKey(e => e.TargetEconomyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ImposingEconomyCode, e.TargetEconomyCode });
        builder.HasMany(e => e.AffectedMeasures).WithMany().UsingEntity<Dictionary<string, object>>(
            "MeasureAffects",
            affected => affected.HasOne<TariffMeasure>().WithMany().HasForeignKey("AffectedMeasureId").OnDelete(DeleteBehavior.Cascade),
            measure => measure.HasOne<TariffMeasure>().WithMany().HasForeignKey("MeasureId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("MeasureId", "AffectedMeasureId"));
        builder.HasMany(e => e.Sources).WithMany().UsingEntity("MeasureSources");
        builder.HasMany(e => e.Steps).WithOne(s => s.Measure).HasForeignKey(s => s.TariffMeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RateStepConfiguration : IEntityTypeConfiguration<RateStep>
{
    public void Configure(EntityTypeBuilder<RateStep> builder)
    {
        builder.ConfigureEditable();
        builder.HasQueryFilter(e => e.ArchivedAt == null && e.Measure!.ArchivedAt == null);
        builder.Property(e => e.ReferenceId).HasMaxLength(EditableEntity.ReferenceIdMaxLength);
        builder.HasIndex(e => new { e.TariffMeasureId, e.ReferenceId }).IsUnique();
        builder.Property(e => e.RatePercent).HasPrecision(9, 4);
        builder.Property(e => e.LegalBasis).HasMaxLength(500);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.Property(e => e.Notes).HasMaxLength(RateStep.MaxNotesLength);
        // The timeline reads live steps newest first and checks each one's measure: this index answers both without
        // touching the table (archived rows are left out of it).
        builder.HasIndex(e => new { e.TimelineDate, e.TariffMeasureId }).HasFilter("\"ArchivedAt\" IS NULL");
        // The rate in force reads, per measure of a pair, the steps in force during a day: from this index alone.
        builder.HasIndex(e => new { e.TariffMeasureId, e.InForceFrom, e.InForceUntil }).HasFilter("\"ArchivedAt\" IS NULL");
        builder.HasMany(e => e.Sources).WithMany().UsingEntity("RateStepSources");
    }
}

internal sealed class ProductLineConfiguration : IEntityTypeConfiguration<ProductLine>
{
    public void Configure(EntityTypeBuilder<ProductLine> builder)
    {
        builder.HasKey(e => new { e.ListKey, e.Digits });
        builder.Property(e => e.ListKey).HasMaxLength(40);
        builder.Property(e => e.Digits).HasMaxLength(10);

        // A product query reads the lines under a code (a range on Digits) and the lines that are prefixes of it.
        builder.HasIndex(e => e.Digits);
    }
}
