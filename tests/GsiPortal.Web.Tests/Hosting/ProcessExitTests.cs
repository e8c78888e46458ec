using System.Text.Json;
using GsiPortal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// How the process ends (issue #21), where a supervisor sees it: content it cannot serve refuses the start-up with 1
/// and a message, never a hang; <c>validate</c> answers 1 with the problem, never 134 and never a hang; files that
/// exhausted the memory of a limited container (it stopped with 0, so restart-on-failure left it down) are problems
/// while the site serves on; SIGTERM ends it with 0; a background fault nothing could contain ends it with 70.
/// </summary>
public sealed class ProcessExitTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private readonly string folder = ContentCopy.Made("gsiportal-process-");

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public async Task StartingWithANamedPipeInTheFolderIsRefusedWithOneAndItsNameNotAHang()
    {
        MakeFifo(Path.Combine(folder, "pipe.md"));
        using var site = new SiteProcess(folder);
        Assert.Equal(ExitCodes.ContentRefused, await site.ExitCodeAsync(Bound));
        Assert.Contains("pipe.md", site.Log);
        Assert.Contains("named pipe", site.Log);
    }

    [Fact]
    public async Task ValidateAnswersOneWithFileAndLineForDeepNesting()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "deep.md"), "---\nid: deep\nkind: commentary\ntitle: \"Deep\"\nauthor: \"A\"\ndate: 2024-01-01\nlanguage: en\n---\n\n" + new string('>', 100_000) + " text\n");
        using var validate = new SiteProcess(folder, null, "validate");
        Assert.Equal(ExitCodes.ContentRefused, await validate.ExitCodeAsync(Bound));
        Assert.Contains("deep.md:10: nests block quotes", validate.Log);
    }

    [Fact]
    public async Task ValidateReadsWithinTheConfiguredSizeLimit()
    {
        using var validate = new SiteProcess(folder, new Dictionary<string, string> { ["Portal__MaxContentFileBytes"] = "1000" }, "validate");
        Assert.Equal(ExitCodes.ContentRefused, await validate.ExitCodeAsync(Bound));
        Assert.Contains("paper.md:0: is ", validate.Log);
        Assert.Contains("over the limit of 1000 bytes", validate.Log);
    }

    [Fact]
    public async Task InAMemoryLimitedContainerAHugeFileAndDevZeroAreProblemsWhileTheSiteServesOnThenSigtermEndsItWithZero()
    {
        // A 512 MB heap, as a memory-limited container gives: reading either file whole threw OutOfMemoryException
        // out of the watcher, and the host stopped with 0.
        using var site = new SiteProcess(folder, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x20000000", ["Portal__ContentPollMilliseconds"] = "200" });
        var address = await site.ListeningAsync(Bound);
        using var client = new HttpClient { BaseAddress = address, Timeout = Bound };
        Assert.True(await Eventually(async () => (await client.GetAsync("/readyz")).IsSuccessStatusCode));
        var before = await client.GetStringAsync("/paper/commitments/4");

        using (var huge = File.Create(Path.Combine(folder, "huge.md"))) huge.SetLength(3L << 30);
        File.CreateSymbolicLink(Path.Combine(folder, "zero.md"), "/dev/zero");

        Assert.True(await Eventually(async () => Problems(await client.GetStringAsync("/readyz")).Count == 2), site.Log);
        var problems = Problems(await client.GetStringAsync("/readyz"));
        Assert.Contains(problems, p => p.StartsWith("huge.md:0: is 3 GiB, over the limit", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("zero.md:0: is a symbolic link to '/dev/zero', a character device", StringComparison.Ordinal));
        Assert.False(site.HasExited);
        Assert.Equal(before, await client.GetStringAsync("/paper/commitments/4"));

        site.Terminate();
        Assert.Equal(ExitCodes.Success, await site.ExitCodeAsync(Bound));
    }

    [Fact]
    public async Task ABackgroundServiceThatFailsPastItsGuardMakesTheExitCodeNonZero()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddHostedService<Failing>();
        builder.Services.Configure<HostOptions>(options => options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost);
        using var host = builder.Build();
        var exitCode = ExitCodes.AfterRun(host.Services);
        await host.RunAsync().WaitAsync(Bound);
        Assert.Equal(ExitCodes.BackgroundFault, exitCode());
    }

    [Fact]
    public async Task AHostStoppedAsAskedEndsWithZero()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddHostedService<Idle>();
        using var host = builder.Build();
        var exitCode = ExitCodes.AfterRun(host.Services);
        await host.StartAsync();
        await host.StopAsync();
        Assert.Equal(ExitCodes.Success, exitCode());
    }

    private sealed class Failing : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("a fault nothing contained");
        }
    }

    private sealed class Idle : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken);
    }

    private static List<string> Problems(string readiness) =>
        JsonDocument.Parse(readiness).RootElement.GetProperty("content") is var content && content.TryGetProperty("problems", out var problems)
            ? problems.EnumerateArray().Select(p => p.GetString()!).ToList()
            : [];

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(200);
        }
        return await condition();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
