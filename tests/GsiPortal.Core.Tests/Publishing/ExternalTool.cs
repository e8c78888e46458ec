using System.Diagnostics;

namespace GsiPortal.Core.Tests.Publishing;

/// <summary>
/// A command-line checker from Debian (epubcheck, pdftotext, pdftoppm). Where it is missing the test skips and says
/// which package to install; in CI (.ci/run installs them) a missing tool is a failure, not a skip.
/// </summary>
internal static class ExternalTool
{
    public static string Require(string name, string package)
    {
        var path = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
        if (path is null && Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail($"{name} is missing in CI: .ci/run should have installed Debian's {package}");
        Skip.If(path is null, $"{name} is not installed: apt-get install -y {package}");
        return path!;
    }

    /// <summary>Runs the tool, returning its exit code and everything it printed.</summary>
    public static (int Code, string Output) Run(string path, params string[] arguments)
    {
        // Debian's /usr/bin/epubcheck is the jar itself, run by a binfmt handler that a process start does not use.
        var isJar = File.ReadAllBytes(path).AsSpan(0, 2).SequenceEqual("PK"u8);
        var start = new ProcessStartInfo(isJar ? "java" : path) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (isJar) { start.ArgumentList.Add("-jar"); start.ArgumentList.Add(path); }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{path} did not finish within three minutes");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
