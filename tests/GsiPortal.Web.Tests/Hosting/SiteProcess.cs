using System.Diagnostics;
using System.Text;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The site as its own process, started as a supervisor starts it (<c>dotnet GsiPortal.Web.dll</c>), for what only
/// a process shows: its exit code, its memory limit, its signals. It listens on a port of its own choosing and says
/// which in its log; whatever it writes is kept for the test's messages. Disposing kills what is still running.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts the site (or, with <c>validate</c>, the check) on <paramref name="contentFolder"/> with extra environment variables.</summary>
    public SiteProcess(string contentFolder, IReadOnlyDictionary<string, string>? environment = null, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GsiPortal.Web.dll"));
        foreach (var argument in arguments.Length > 0 ? arguments : ["--urls", "http://127.0.0.1:0"]) start.ArgumentList.Add(argument);
        start.Environment["Portal__ContentPath"] = contentFolder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__ImportGitHistory"] = "false";
        // The meaning model (about 200 MB, seconds of CPU) is off unless a test asks for it: these tests are about the process.
        start.Environment["Portal__MeaningSearch"] = "false";
        // No derived files kept beside the content's copy (they would outlive the test's folders): a test of them sets it.
        start.Environment["Portal__KeepDerived"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Received(e.Data);
        process.ErrorDataReceived += (_, e) => Received(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private void Received(string? line)
    {
        if (line is null) return;
        lock (log) log.AppendLine(line);
        // Kestrel's "Now listening on: http://127.0.0.1:40123", as a JSON log line.
        var at = line.IndexOf("http://127.0.0.1:", StringComparison.Ordinal);
        if (line.Contains("Now listening on", StringComparison.Ordinal) && at >= 0)
            listening.TrySetResult(new Uri(new string(line[at..].TakeWhile(c => c is not ('"' or ' ')).ToArray())));
    }

    public string Log { get { lock (log) return log.ToString(); } }

    public int ProcessId => process.Id;

    /// <summary>The site's address once it listens; fails the test if it has not within the bound.</summary>
    public async Task<Uri> ListeningAsync(TimeSpan within)
    {
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(within));
        Assert.True(first == listening.Task, first == exited ? $"the site exited with {process.ExitCode} before listening:\n{Log}" : $"not listening after {within.TotalSeconds} s:\n{Log}");
        return await listening.Task;
    }

    /// <summary>The exit code, or null if the process is still running after <paramref name="within"/>.</summary>
    public async Task<int?> ExitCodeAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>Asks the site to stop as a supervisor does, with SIGTERM.</summary>
    public void Terminate() => Assert.Equal(0, Mono.Unix.Native.Syscall.kill(process.Id, Mono.Unix.Native.Signum.SIGTERM));

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
