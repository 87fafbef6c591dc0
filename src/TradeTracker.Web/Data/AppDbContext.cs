using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TradeTracker.Web.Data.Auditing;
using TradeTracker.Web.Data.ReadModels;
using TradeTracker.Web.Domain;

namespace TradeTracker.Web.Data;

/// <summary>The store: Identity's tables, the tracker's, the audit log, API tokens, and what several app instances share
/// (Data Protection keys, sign-in attempts). <see cref="PostgresDbContext"/> is the same model with PostgreSQL's
/// migrations.</summary>
public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Economy> Economies => Set<Economy>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<TariffMeasure> Measures => Set<TariffMeasure>();
    public DbSet<RateStep> RateSteps => Set<RateStep>();
    public DbSet<TradeEvent> Events => Set<TradeEvent>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<SeedRecord> SeedRecords => Set<SeedRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<ProductLine> ProductLines => Set<ProductLine>();
    public DbSet<ReferenceUpdate> ReferenceUpdates => Set<ReferenceUpdate>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<ImportRunChange> ImportRunChanges => Set<ImportRunChange>();
    public DbSet<ReadModelState> ReadModelStates => Set<ReadModelState>();
    public DbSet<TimelineEntryRow> TimelineEntries => Set<TimelineEntryRow>();
    public DbSet<TimelineEntryEconomy> TimelineEntryEconomies => Set<TimelineEntryEconomy>();

    /// <summary>Rows an import has checked but not saved, counted as stored by the editors' rules while set (a preview).</summary>
    public PlannedRows? Planned { get; set; }

    /// <summary>Who is saving: stamped on changed rows and their audit entries by <see cref="AuditInterceptor"/>.</summary>
    public string Actor { get; set; } = "system";

    /// <summary>Why, recorded on the audit entries of the next save (e.g. which version was restored).</summary>
    public string? AuditNote { get; set; }

    internal AuditState Audit { get; } = new();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no instant type: store UTC ISO 8601 text of fixed width, so ordering and comparison work in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        }
        else if (Database.IsNpgsql())
        {
            // timestamptz keeps the instant, not the offset, and Npgsql writes only UTC ones: convert on the way in.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<StoredDecimalConverter>();
            configurationBuilder.Properties<decimal?>().HaveConversion<StoredDecimalConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
