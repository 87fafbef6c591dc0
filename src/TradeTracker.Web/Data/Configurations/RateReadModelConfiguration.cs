using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradeTracker.Web.Data.ReadModels;

namespace TradeTracker.Web.Data.Configurations;

internal sealed class RateLayerMeasureConfiguration : IEntityTypeConfiguration<RateLayerMeasure>
{
    public void Configure(EntityTypeBuilder<RateLayerMeasure> builder)
    {
        builder.ToTable("RateLayerMeasures");
        builder.HasKey(m => m.MeasureId);
        builder.Property(m => m.MeasureId).ValueGeneratedNever();
        builder.Property(m => m.ImposerCode).HasMaxLength(3);
        builder.Property(m => m.TargetKey).HasMaxLength(3);
        builder.Property(m => m.Name).HasMaxLength(300);
        builder.Property(m => m.LegalBasis).HasMaxLength(500);
        builder.Property(m => m.ProductDescription).HasMaxLength(2000);
        builder.Property(m => m.InvalidatedBy).HasMaxLength(200);
        builder.Property(m => m.InvalidationNote).HasMaxLength(500);
        builder.Property(m => m.Coverage).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Combination).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Confidence).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class RateLayerSpanConfiguration : IEntityTypeConfiguration<RateLayerSpan>
{
    public void Configure(EntityTypeBuilder<RateLayerSpan> builder)
    {
        builder.ToTable("RateLayerSpans");
        builder.HasKey(s => s.StepId);
        builder.Property(s => s.StepId).ValueGeneratedNever();
        builder.Property(s => s.ImposerCode).HasMaxLength(3);
        builder.Property(s => s.TargetKey).HasMaxLength(3);
        builder.Property(s => s.Percent).HasPrecision(9, 4);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.LegalBasis).HasMaxLength(500);

        // The layers of a pair in force over a span: (imposer, target key) equal, then a range on the end.
        builder.HasIndex(s => new { s.ImposerCode, s.TargetKey, s.Until, s.From });

        // A save rewrites the rows of the measures it touches.
        builder.HasIndex(s => s.MeasureId);

        // The steps that come into force after an instant, soonest first: one range read on the start.
        builder.HasIndex(s => s.From);
    }
}
