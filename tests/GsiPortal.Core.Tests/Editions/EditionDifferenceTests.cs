using GsiPortal.Core.Editions;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>A text's two copies compared as /editions says what differs: the front matter key by key, the rest as a whole.</summary>
public class EditionDifferenceTests
{
    private static readonly string Paper = File.ReadAllText(Path.Combine(RealContent.Folder, "paper.md"));

    [Fact]
    public void AKeyAddedToTheFrontMatterIsNamedAndTheWordsAreNot()
    {
        // As commit ea2c16c did: the paper's other names, for reading references, added and nothing else.
        var before = string.Join('\n', Paper.Split('\n').Where(line => !line.StartsWith("cited_as:", StringComparison.Ordinal)));
        var change = EditionDifference.Compare("paper.md", before, Paper);
        Assert.Equal(["cited_as"], change.FrontMatterKeys);
        Assert.False(change.BodyChanged);
    }

    [Fact]
    public void AListItemChangedIsItsKeysChange()
    {
        var chen = File.ReadAllText(Path.Combine(RealContent.Folder, "chen-xiangyang.md"));
        var edited = chen.Replace("  - \"soveignty\"", "  - \"soveignty\"\n  - \"securty\"", StringComparison.Ordinal);
        Assert.Equal(["sic"], EditionDifference.Compare("chen-xiangyang.md", chen, edited).FrontMatterKeys);
    }

    [Fact]
    public void AChangeAfterTheFrontMatterIsTheBodys()
    {
        var change = EditionDifference.Compare("paper.md", Paper, Paper.Replace("Humanity is an", "Humanity is one", StringComparison.Ordinal));
        Assert.Empty(change.FrontMatterKeys);
        Assert.True(change.BodyChanged);
    }
}
