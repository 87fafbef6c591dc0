using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TradeTracker.Web.Setup;

/// <summary>The process exit codes of a start that was stopped, one per cause (README, "Run in production").</summary>
public enum StartupExit
{
    /// <summary>The store cannot be used: a missing folder, a read-only file or folder, a server that does not answer.</summary>
    StoreUnusable = 2,

    /// <summary>A setting is invalid, or refused in this environment (demo accounts or <c>AllowedHosts: *</c> outside
    /// Development).</summary>
    SettingRefused = 3,
}

/// <summary>A start that cannot go on, said in one line that names the setting or path and the fix.</summary>
public sealed class StartupFailure(StartupExit exit, string message) : Exception(message)
{
    public StartupExit Exit { get; } = exit;
}

public static partial class StartupFailures
{
    /// <summary>Checks the settings and the store, migrates and seeds, then serves until shut down. A start stopped for
    /// a known cause writes one line (to stderr and the log, no stack trace) and returns that cause's
    /// <see cref="StartupExit"/>; anything else is logged with its stack and returns 1.</summary>
    public static async Task<int> RunTradeTrackerAsync(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            using var serving = await ActivatorUtilities.CreateInstance<StoreCheck>(app.Services).EnsureUsableAsync();
            await app.PrepareTradeTrackerDatabaseAsync();
            await app.PrepareTradeTrackerAccountsAsync();
            await app.RunAsync();
            return 0;
        }
        catch (Exception error) when (Explain(error) is { } failure)
        {
            var line = failure.Message.ReplaceLineEndings(" ");
            Logger(app).LogCritical("Not started: {Reason}", line);
            await Console.Error.WriteLineAsync(line);
            await app.DisposeAsync();
            return (int)failure.Exit;
        }
        catch (Exception error)
        {
            Logger(app).LogCritical(error, "Not started, or stopped by an unexpected error");
            await app.DisposeAsync();
            return 1;
        }
    }

    private static StartupFailure? Explain(Exception error) => error switch
    {
        StartupFailure failure => failure,
        OptionsValidationException invalid => Refused([invalid]),
        AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) =>
            Refused(all.InnerExceptions.Cast<OptionsValidationException>()),
        _ => null,
    };

    /// <summary>The settings' own messages (each names its setting); a data annotation's is unwrapped from the
    /// "DataAnnotation validation failed for ..." that frames it.</summary>
    private static StartupFailure Refused(IEnumerable<OptionsValidationException> invalid) =>
        new(StartupExit.SettingRefused, string.Join(" ", invalid.SelectMany(e => e.Failures)
            .Select(failure => DataAnnotationFailure().Match(failure) is { Success: true } framed ? framed.Groups["message"].Value : failure)));

    [GeneratedRegex("^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<message>.*)'\\.$")]
    private static partial Regex DataAnnotationFailure();

    private static ILogger Logger(WebApplication app) =>
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TradeTracker.Web.Startup");
}
