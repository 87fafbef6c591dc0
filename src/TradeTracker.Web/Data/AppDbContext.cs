using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Economy> Economies => Set<Economy>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<TariffMeasure> Measures => Set<TariffMeasure>();
    public DbSet<RateStep> RateSteps => Set<RateStep>();
    public DbSet<TradeEvent> Events => Set<TradeEvent>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<SeedRecord> SeedRecords => Set<SeedRecord>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Who is saving: stamped on created and changed rows by <see cref="AuditStampInterceptor"/>.</summary>
    public string Actor { get; set; } = "system";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no instant type: store UTC ISO 8601 text of fixed width, so ordering and comparison work in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
