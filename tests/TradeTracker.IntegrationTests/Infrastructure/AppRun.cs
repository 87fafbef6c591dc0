using System.Diagnostics;

namespace TradeTracker.IntegrationTests.Infrastructure;

/// <summary>The built app started as a child process, as an operator starts it: what it printed and how it exited.</summary>
public sealed record AppExit(int ExitCode, string Output, string Error)
{
    /// <summary>The lines it wrote to stderr.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether anything it printed carries a stack trace.</summary>
    public bool PrintedAStack => (Output + Error).Contains("   at ", StringComparison.Ordinal);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}

public static class AppRun
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary><c>dotnet TradeTracker.Web.dll</c> from the test's folder (the app's build output), in
    /// <paramref name="environment"/>, with the settings given as environment variables and its log file under
    /// <paramref name="folder"/>; waits for it to exit (killed and failed after two minutes: it was meant to stop).</summary>
    public static Task<AppExit> RunBuiltAppAsync(string environment, string folder, IReadOnlyDictionary<string, string> settings) =>
        RunAsync(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "TradeTracker.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
        }, environment, folder, settings);

    /// <summary><c>dotnet run --no-build --project src/TradeTracker.Web</c>, as a developer types it (with its launch
    /// profile), in the shell environment <paramref name="environment"/> names (none when null).</summary>
    public static Task<AppExit> DotnetRunAsync(string? environment, string folder, IReadOnlyDictionary<string, string> settings)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var project = Path.Combine(Repository(), "src", "TradeTracker.Web");
        return RunAsync(new ProcessStartInfo("dotnet", ["run", "--no-build", "--no-restore", "-c", configuration, "--project", project, "--", "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = folder,
        }, environment, folder, settings);
    }

    private static async Task<AppExit> RunAsync(ProcessStartInfo start, string? environment, string folder, IReadOnlyDictionary<string, string> settings)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS" })
        {
            start.Environment.Remove(name);
        }

        if (environment is not null)
        {
            start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        }

        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "tradetracker-.log");
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Assert.Fail($"The app was still running after {Patience.TotalMinutes} minutes; it should have stopped.\n{await output}\n{await error}");
        }

        return new AppExit(process.ExitCode, await output, await error);
    }

    private static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TradeTracker.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository (TradeTracker.sln) is not above the test's folder.");
    }
}
