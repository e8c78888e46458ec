using System.Diagnostics;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// The served description, linted by Redocly CLI itself with its recommended rules (tools/openapi-lint, pinned by its lock
/// file; .ci/run installs it). Where node or the tool is missing the test skips and says how to install it; in CI that
/// is a failure. The two warnings allowed are the description's truth, named in docs/linking.md: /ref answers a redirect,
/// not a 2xx, and seven site addresses (the sitemap, robots.txt, OpenSearch, the feed, health, this description) have no 4xx to give.
/// </summary>
public class OpenApiLintTests
{
    private static readonly string[] AllowedWarnings = ["operation-4xx-response", "operation-2xx-response"];

    [SkippableFact]
    public async Task RedoclysRecommendedRulesFindNoErrorInTheServedDescription()
    {
        var cli = Repository.Path("tools/openapi-lint/node_modules/@redocly/cli/bin/cli.js");
        var node = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator).Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists);
        var missing = node is null ? "node is not installed (apt-get install -y nodejs npm)"
            : !File.Exists(cli) ? "Redocly CLI is not installed: cd tools/openapi-lint && npm ci" : null;
        if (missing is not null && Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"In CI: {missing}; .ci/run should have installed it");
        Skip.If(missing is not null, missing);

        var file = Path.Combine(Path.GetTempPath(), $"gsiportal-openapi-{Guid.NewGuid():N}.json");
        // As served in production, under its public origin: the test host's own "localhost" is a finding of its own.
        using (var factory = new PortalFactory { Settings = { ["Portal:PublicOrigin"] = "https://gsi.example.org" } })
            await File.WriteAllTextAsync(file, await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        try
        {
            var start = new ProcessStartInfo(node!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { cli, "lint", "--config", Repository.Path("tools/openapi-lint/redocly.yaml"), "--format=summary", file }) start.ArgumentList.Add(a);
            // No telemetry and no update check: the lint reads one local file and nothing else.
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "redocly lint did not finish within two minutes");
            var summary = await stdout;
            Assert.True(process.ExitCode == 0, $"redocly lint exited {process.ExitCode}:\n{summary}\n{await stderr}");
            var findings = summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.DoesNotContain(findings, f => f.StartsWith("error", StringComparison.Ordinal));
            var warnings = findings.Where(f => f.StartsWith("warning", StringComparison.Ordinal)).Select(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1].TrimEnd(':')).ToList();
            Assert.All(warnings, w => Assert.Contains(w, AllowedWarnings));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
