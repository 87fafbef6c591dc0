using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Data.Sqlite;

namespace TradeTracker.Tests.Shared;

/// <summary>The built app (<c>src/TradeTracker.Web</c>'s own build output, in the configuration the tests were built in)
/// as a real child process: <c>dotnet TradeTracker.Web.dll</c> on 127.0.0.1, Development with the demo accounts, over a
/// SQLite file of the test's own, so a test can kill it with SIGKILL and start it again on the same file. Shared by the
/// integration and browser test projects (linked into both).</summary>
public sealed class AppProcess : IAsyncDisposable
{
    /// <summary>The demo editor's API token (seeded in Development).</summary>
    public const string EditorToken = "tt_dev_editor_0123456789abcdef";

    /// <summary>How long a start (migrate, seed, listen) or a command may take on a machine shared with other work.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process process;
    private readonly StringBuilder output;

    private AppProcess(Process process, StringBuilder output, string baseUrl)
    {
        this.process = process;
        this.output = output;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>What the process printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The web app's dll: the test assembly sits in <c>tests/X/bin/{Configuration}/net10.0</c>, the web project
    /// (a project reference, so built with it) in <c>src/TradeTracker.Web/bin/{Configuration}/net10.0</c>.</summary>
    public static string WebDll
    {
        get
        {
            var binFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = binFolder.Parent!.Name;
            for (var folder = binFolder; folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "TradeTracker.sln")))
                {
                    return Path.Combine(folder.FullName, "src", "TradeTracker.Web", "bin", configuration, binFolder.Name, "TradeTracker.Web.dll");
                }
            }

            throw new InvalidOperationException("The repository (TradeTracker.sln) is not above the test's folder.");
        }
    }

    /// <summary>Starts the app on <paramref name="databasePath"/> (created, migrated and seeded on the first start) and
    /// returns once it answers a read from its store.</summary>
    public static async Task<AppProcess> StartAsync(string databasePath, int port, CancellationToken ct)
    {
        var baseUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var start = StartInfo(databasePath);
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, output, baseUrl);
        try
        {
            await app.WaitUntilReadyAsync(ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the app's dll with <paramref name="arguments"/> (a command such as <c>backup</c>) on the store
    /// <paramref name="databasePath"/> to its end: its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string databasePath, CancellationToken ct, params string[] arguments)
    {
        var start = StartInfo(databasePath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(StartTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // A command that serves instead of ending (an unknown command starts the web app) fails the test.
            process.Kill();
            throw new TimeoutException($"dotnet TradeTracker.Web.dll {string.Join(' ', arguments)} did not end within {StartTimeout.TotalSeconds} s.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A client for the app; with the demo editor's token when <paramref name="bearer"/> is set.</summary>
    public HttpClient CreateClient(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <summary>kill -9: SIGKILL, no shutdown code runs; returns once the process is gone.</summary>
    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string databasePath)
    {
        var dll = WebDll;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__ConnectionString"] = $"Data Source={databasePath}";
        start.Environment["Accounts__SeedDemoAccounts"] = "true";
        start.Environment["Accounts__SignInAttemptsPerMinute"] = "1000";
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(Path.GetDirectoryName(databasePath)!, "logs", "tradetracker-.log");
        return start;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>Polls a read that goes to the store until it answers 200; fails at once if the process exits.</summary>
    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode} before it answered:\n{Output}");
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The app did not answer within {StartTimeout.TotalSeconds} s:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/api/economies", ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Listening, still starting.
            }

            await Task.Delay(100, ct);
        }
    }
}

/// <summary>A SQLite store file read past the app, as an operator with <c>sqlite3</c> would.</summary>
public static class StoreFile
{
    /// <summary>What <c>PRAGMA integrity_check</c> answers ("ok" when the file is sound).</summary>
    public static async Task<string> IntegrityCheckAsync(string path, CancellationToken ct)
    {
        await using var connection = await OpenAsync(path, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines);
    }

    /// <summary>The first column of each row of <paramref name="sql"/> with its second, as text and count (e.g. titles
    /// and how often each is stored).</summary>
    public static async Task<Dictionary<string, long>> CountsAsync(string path, string sql, string pattern, CancellationToken ct)
    {
        await using var connection = await OpenAsync(path, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$pattern", pattern);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>One number <paramref name="sql"/> answers (with <c>$pattern</c> when given).</summary>
    public static async Task<long> ScalarAsync(string path, string sql, string? pattern, CancellationToken ct)
    {
        await using var connection = await OpenAsync(path, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (pattern is not null)
        {
            command.Parameters.AddWithValue("$pattern", pattern);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task<SqliteConnection> OpenAsync(string path, CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        return connection;
    }
}
