namespace GsiPortal.Web.Tests.Hosting;

/// <summary>Content files that are not what they seem (issue #21), made by name for the tests that drop them in a folder.</summary>
public static class ContentFaults
{
    /// <summary>A commentary's front matter and first paragraph: what follows begins on line 12.</summary>
    public const string Header = "---\nid: deep\nkind: commentary\ntitle: \"Deep\"\nauthor: \"A\"\ndate: 2024-01-01\nlanguage: en\n---\n\nA first paragraph.\n\n";

    /// <summary>Makes the fault at the path; the name of each case says what it is.</summary>
    public static void Make(string fault, string path)
    {
        switch (fault)
        {
            case "named pipe":
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", path)) mkfifo.WaitForExit();
                break;
            case "link to /dev/zero":
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case "3 GiB file":
                using (var huge = File.Create(path)) huge.SetLength(3L << 30);
                break;
            case "'>' × 100,000":
                File.WriteAllText(path, Header + new string('>', 100_000) + " text\n");
                break;
            case "'[' × 50,000":
                File.WriteAllText(path, Header + new string('[', 50_000) + " text\n");
                break;
            case "nested list items":
                // 3,000 levels take 9 MB and meet the size limit first: 1,000 (1 MB) meet the nesting limit.
                File.WriteAllText(path, Header + string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- item\n")));
                break;
            default:
                throw new ArgumentException(fault);
        }
    }

}
