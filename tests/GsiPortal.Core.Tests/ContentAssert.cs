using GsiPortal.Core.Content;

namespace GsiPortal.Core.Tests;

/// <summary>
/// Broken content written inline, as DocFX's tests write Markdown beside the HTML it must make: a library of the
/// given files is loaded and must be refused with exactly the problems named ("paper.md:20: part II: …", each
/// the start of one problem's text).
/// </summary>
public static class ContentAssert
{
    /// <summary>A paper that is valid as it stands, for cases that change one thing of it.</summary>
    public const string SmallPaper = """
        ---
        id: paper
        kind: paper
        title: "A Small Paper"
        author: "Fixture Ministry"
        date: 2023-02-21
        language: en
        ---

        ## I. Background {#background}

        The background of the small paper.

        ## II. Core concepts {#commitments item=commitment count=3}

        1. First commitment. It has two sentences.

        2. Second commitment.

        3. Third commitment.

        These commitments close the part.
        """;

    /// <summary>paper.md alone must be refused with these problems.</summary>
    public static void Errors(string paper, params string[] expected) => Errors([("paper.md", paper)], expected);

    public static void Errors(IReadOnlyList<(string Name, string Markdown)> files, params string[] expected)
    {
        var result = ContentLoader.Load(files);
        var found = result.Errors.Select(e => e.ToString()).ToList();
        Assert.False(result.IsValid, "the library was accepted");
        Assert.Null(result.Library);
        foreach (var problem in expected)
            Assert.True(found.Any(f => f.StartsWith(problem, StringComparison.Ordinal)), $"expected \"{problem}…\"; found:\n{string.Join("\n", found)}");
        Assert.True(found.Count == expected.Length, $"expected {expected.Length} problem(s); found:\n{string.Join("\n", found)}");
    }

    /// <summary>The library must load without a problem.</summary>
    public static ContentLibrary Valid(params (string Name, string Markdown)[] files)
    {
        var result = ContentLoader.Load(files);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Library!;
    }
}
