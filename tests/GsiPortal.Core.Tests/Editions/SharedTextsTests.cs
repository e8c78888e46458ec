using GsiPortal.Core.Content;
using GsiPortal.Core.Quotes;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>Editions in memory hold one copy of what reads the same in each: texts by content, and a paragraph's quote-check words by its text.</summary>
public sealed class SharedTextsTests
{
    private static ContentLibrary Load(IReadOnlyList<(string Name, string Markdown)> files) =>
        ContentLoader.LoadHistory(files.Select(f => (f.Name, new string(f.Markdown.AsSpan()))).ToList(), "test").Library!;

    [Fact]
    public void AParagraphThatReadsTheSameInTwoEditionsIsOneStringAndOneListOfWords()
    {
        var earlier = Load(ArchiveFixture.Files());
        var later = Load(ArchiveFixture.Files("paper.md", "Humanity is an", "Humanity is one"));
        var same = earlier.FindDocument("lei-kezhong")!.Paragraphs[3];
        var again = later.FindDocument("lei-kezhong")!.Paragraphs[3];

        Assert.NotSame(same, again);
        Assert.Same(same.Text, again.Text);
        Assert.Same(same.Sentences[0].Text, again.Sentences[0].Text);
        Assert.Same(earlier.Sources.Single(f => f.Name == "lei-kezhong.md").Markdown, later.Sources.Single(f => f.Name == "lei-kezhong.md").Markdown);
        Assert.Same(new SourceParagraph(same).Words, new SourceParagraph(again).Words);
    }

    [Fact]
    public void AChangedParagraphIsItsOwn()
    {
        var earlier = Load(ArchiveFixture.Files());
        var later = Load(ArchiveFixture.Files("paper.md", "Humanity is an", "Humanity is one"));
        var before = earlier.Paper.Items.Single(i => i.Anchor == "commitment-4").Paragraphs[0];
        var after = later.Paper.Items.Single(i => i.Anchor == "commitment-4").Paragraphs[0];

        Assert.NotEqual(before.Text, after.Text);
        Assert.Contains("Humanity is one", after.Text);
        static string Read(Paragraph p) => string.Join(' ', new SourceParagraph(p).Words.Select(w => w.Text));
        Assert.Contains("Humanity is one indivisible", Read(after));
        Assert.Contains("Humanity is an indivisible", Read(before));
    }
}
