using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data.Configurations;

internal sealed class TimelineEntryRowConfiguration : IEntityTypeConfiguration<TimelineEntryRow>
{
    public void Configure(EntityTypeBuilder<TimelineEntryRow> builder)
    {
        builder.ToTable("TimelineEntries");
        builder.HasKey(e => e.Key);
        builder.Ignore(e => e.Id);
        builder.Property(e => e.Key).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Detail).HasMaxLength(4000);
        builder.Property(e => e.Location).HasMaxLength(300);
        builder.Property(e => e.RatePercent).HasPrecision(9, 4);
        // Stored as the events and measures store them, so the model's SQL copies them as they are.
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Confidence).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ImposerCode).HasMaxLength(3);
        builder.Property(e => e.TargetCode).HasMaxLength(3);
        // One kind's entries newest first (rate changes: Kind IS NULL).
        builder.HasIndex(e => new { e.Kind, e.Key });
        // A date range's events that began before it and reach into it: the entries with an end, by key.
        builder.HasIndex(e => e.Key).HasDatabaseName("IX_TimelineEntries_Key_Ended").HasFilter("\"EndDate\" IS NOT NULL");
        // Deleting an event, step or measure deletes its entries (and, by these keys, orders a store copy after them).
        builder.HasOne<TradeEvent>().WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RateStep>().WithMany().HasForeignKey(e => e.StepId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TariffMeasure>().WithMany().HasForeignKey(e => e.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Economies).WithOne().HasForeignKey(x => x.Key).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TimelineEntryEconomyConfiguration : IEntityTypeConfiguration<TimelineEntryEconomy>
{
    public void Configure(EntityTypeBuilder<TimelineEntryEconomy> builder)
    {
        builder.ToTable("TimelineEntryEconomies");
        builder.HasKey(x => new { x.EconomyCode, x.Key });
        builder.Property(x => x.EconomyCode).HasMaxLength(3);
        builder.HasIndex(x => x.Key);
    }
}
