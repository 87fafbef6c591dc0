using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace TradeTracker.E2ETests;

/// <summary>Two app instances behind nginx over one PostgreSQL database, started by <c>tests/cluster/cluster.sh</c>
/// (PostgreSQL from tests/postgres.sh, the app published once in Release, instances in Production settings, nginx with
/// sticky sessions) on ports of its own, and stopped after the tests with the database dropped. When nginx or
/// PostgreSQL is missing and cannot be installed, <see cref="SkipReason"/> says so and the tests skip.</summary>
public sealed partial class ClusterFixture : IAsyncLifetime
{
    public const int ProxyPort = 8309;
    public const int FirstInstancePort = 5340;
    public const string AdminEmail = "admin@cluster-test.local";
    public const string AdminPassword = "Cluster-test-pass-2025!";

    /// <summary>cluster.sh's exit code when nginx or PostgreSQL could not be installed.</summary>
    private const int PrerequisitesMissing = 75;

    private readonly string directory = Path.Combine(Path.GetTempPath(), $"tradetracker-cluster-test-{Guid.NewGuid():N}");
    private readonly string database = $"tt_cluster_test_{Guid.NewGuid():N}";
    private readonly string repository = FindRepository();
    private readonly Dictionary<int, int> pids = [];

    public string? SkipReason { get; private set; }

    public string ProxyUrl => $"http://127.0.0.1:{ProxyPort}";

    /// <summary>The PostgreSQL database the instances share.</summary>
    public string ConnectionString { get; private set; } = "";

    public static string InstanceUrl(int instance) => $"http://127.0.0.1:{FirstInstancePort + instance}";

    /// <summary>How nginx's X-Upstream header names the instance.</summary>
    public static string UpstreamName(int instance) => $"127.0.0.1:{FirstInstancePort + instance}";

    public int Pid(int instance) => pids[instance];

    public async ValueTask InitializeAsync()
    {
        var (exitCode, output) = await RunScriptAsync("start", "2");
        if (exitCode == PrerequisitesMissing)
        {
            SkipReason = $"The cluster test needs nginx and PostgreSQL from Debian's packages, and they could not be installed: {output}";
            return;
        }

        if (exitCode != 0)
        {
            throw new InvalidOperationException($"tests/cluster/cluster.sh start 2 failed ({exitCode}):\n{output}");
        }

        foreach (Match match in InstanceLine().Matches(output))
        {
            pids[int.Parse(match.Groups[1].Value)] = int.Parse(match.Groups[2].Value);
        }

        ConnectionString = DatabaseLine().Match(output).Groups[1].Value.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        if (SkipReason is null)
        {
            await RunScriptAsync("stop");
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A value of nginx's affinity cookie that it hashes to this instance: a browser that carries it is served
    /// there (found by asking, as the hash is nginx's).</summary>
    public async Task<string> AffinityForAsync(int instance)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false });
        for (var probe = 0; probe < 200; probe++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{ProxyUrl}/api/economies");
            request.Headers.Add("Cookie", $"tt_affinity=probe-{probe}");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            if (UpstreamOf(response) == UpstreamName(instance))
            {
                return $"probe-{probe}";
            }
        }

        throw new InvalidOperationException($"No affinity value reached instance {instance}.");
    }

    /// <summary>The instance that answered (the last one nginx tried).</summary>
    public static string? UpstreamOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Upstream", out var values) ? values.Single().Split(',')[^1].Trim() : null;

    /// <summary>A client with a cookie jar that has signed in as the cluster's first admin (an editor) through the sign-in
    /// form on this base URL.</summary>
    public static async Task<HttpClient> SignedInClientAsync(string baseUrl, CookieContainer cookies)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        var ct = TestContext.Current.CancellationToken;
        var form = await client.GetStringAsync("/Account/Login", ct);
        var fields = HiddenInput().Matches(form)
            .Select(m => new KeyValuePair<string, string>(m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Append(new("Input.Email", AdminEmail))
            .Append(new("Input.Password", AdminPassword));
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields), ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private async Task<(int ExitCode, string Output)> RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(repository, "tests", "cluster", "cluster.sh"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repository,
            Environment =
            {
                ["TT_CLUSTER_DIR"] = directory,
                ["TT_CLUSTER_PORT"] = ProxyPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["TT_CLUSTER_APP_PORT"] = FirstInstancePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["TT_CLUSTER_DB"] = database,
                ["TT_CLUSTER_ADMIN_EMAIL"] = AdminEmail,
                ["TT_CLUSTER_ADMIN_PASSWORD"] = AdminPassword,
            },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindRepository()
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

    [GeneratedRegex(@"^instance (\d+) \S+ pid (\d+)$", RegexOptions.Multiline)]
    private static partial Regex InstanceLine();

    [GeneratedRegex(@"^database (.+)$", RegexOptions.Multiline)]
    private static partial Regex DatabaseLine();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]*)\"[^>]*value=\"(?<value>[^\"]*)\"[^>]*>")]
    private static partial Regex HiddenInput();
}
