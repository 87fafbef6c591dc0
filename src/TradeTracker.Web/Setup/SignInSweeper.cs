using TradeTracker.Web.Services.Accounts;

namespace TradeTracker.Web.Setup;

/// <summary>Every <see cref="Period"/> (and once at start) deletes sign-in sessions past their expiry and account names
/// quiet for longer than the sign-in delay remembers. Every instance sweeps; a sweep that finds nothing costs two
/// indexed deletes (sessions by expiry) or one small scan (names with recent wrong passwords).</summary>
internal sealed class SignInSweeper(SignInSessionStore sessions, SignInThrottle throttle, TimeProvider time, ILogger<SignInSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            try
            {
                var sessionsGone = await sessions.SweepAsync(stoppingToken);
                var namesGone = await throttle.SweepAsync(stoppingToken);
                if (sessionsGone + namesGone > 0)
                {
                    logger.LogInformation("Swept {Sessions} expired sign-in sessions and {Names} quiet account names", sessionsGone, namesGone);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A busy or unreachable store is tried again next period; sign-in works meanwhile.
                logger.LogWarning(ex, "Could not sweep sign-in sessions; trying again in {Period}", Period);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
