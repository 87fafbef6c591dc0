using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TradeTracker.Web.Data.ReadModels;

namespace TradeTracker.Web.Data.Configurations;

internal sealed class ReadModelStateConfiguration : IEntityTypeConfiguration<ReadModelState>
{
    public void Configure(EntityTypeBuilder<ReadModelState> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
    }
}
