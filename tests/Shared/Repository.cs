namespace GsiPortal.Testing;

/// <summary>Finds the repository from the test binaries, so tests can read content/, docs/ and fixtures.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository, e.g. <c>Repository.Path("tests/fixtures/content")</c>.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GsiPortal.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"GsiPortal.sln not found above {AppContext.BaseDirectory}");
    }
}
