using System.Diagnostics;

namespace GsiPortal.Testing;

/// <summary>
/// A git repository made for one test: the real content in <c>content/</c>, committed as a history of editions with
/// fixed commit dates (so what is imported never depends on the clock), then deleted with the test.
/// </summary>
internal sealed class ContentHistory : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("gsiportal-history-").FullName;

    public string Content => System.IO.Path.Combine(Root, "content");

    public ContentHistory()
    {
        Directory.CreateDirectory(Content);
        foreach (var file in Directory.GetFiles(Repository.Path("content")).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)))
            File.Copy(file, System.IO.Path.Combine(Content, System.IO.Path.GetFileName(file)));
        Git("init", "-q", "-b", "main");
    }

    /// <summary>Replaces words in a content file, as an editor would.</summary>
    public void Edit(string file, string from, string to)
    {
        var path = System.IO.Path.Combine(Content, file);
        var text = File.ReadAllText(path);
        if (!text.Contains(from, StringComparison.Ordinal)) throw new InvalidOperationException($"{file} has no '{from}'");
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Commits everything under the given date (both author's and committer's), returning the commit's hash.</summary>
    public string Commit(string message, DateTimeOffset when)
    {
        Git("add", "-A");
        var date = when.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date },
            "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>Merges a branch into the one checked out, always as a merge commit, under the given date.</summary>
    public string Merge(string branch, string message, DateTimeOffset when)
    {
        var date = when.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date },
            "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "merge", "-q", "--no-ff", "-m", message, branch);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments) => Git(new Dictionary<string, string>(), arguments);

    private string Git(Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        // The machine's own git settings (hooks, templates) play no part.
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {errors.Result}");
        return output;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
