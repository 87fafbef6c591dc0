using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TradeTracker.Web.Data.Configurations;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.Actor).HasMaxLength(256);
        builder.Property(r => r.What).HasMaxLength(100);
        builder.Property(r => r.Outcome).HasMaxLength(2000);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);

        // Start-up looks for unfinished runs.
        builder.HasIndex(r => r.State);
        builder.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportRunChangeConfiguration : IEntityTypeConfiguration<ImportRunChange>
{
    public void Configure(EntityTypeBuilder<ImportRunChange> builder) => builder.HasIndex(c => c.ImportRunId);
}
