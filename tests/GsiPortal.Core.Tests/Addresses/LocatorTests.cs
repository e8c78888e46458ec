using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Tests.Addresses;

/// <summary>A place is a value made at load; the address book formats it and resolves it back through one dictionary.</summary>
public class LocatorTests
{
    private static AddressBook Book => RealContent.Library.Addresses;

    [Fact]
    public void EveryPassageIsFoundAgainByItsLocator()
    {
        foreach (var passage in AddressBookTests.EveryPassage())
        {
            var found = Book.Resolve(passage.Locator);
            Assert.True(found is not null, $"{passage.Locator} ({passage.Address}) resolves to nothing");
            Assert.Equal(passage.Address, found.Address);
        }
    }

    [Theory]
    [InlineData("/paper/commitments/4", "paper/commitments/4")]
    [InlineData("/paper/commitments/4#s2-s3", "paper/commitments/4/s2-3")]
    [InlineData("/paper/priorities#priorities-p1", "paper/priorities/¶1")]
    [InlineData("/paper#background-p2-s1", "paper/background/¶2/s1")]
    [InlineData("/commentaries/lei-kezhong#p5", "lei-kezhong/¶5")]
    [InlineData("/commentaries/lei-kezhong#p4-p6", "lei-kezhong/¶4-6")]
    [InlineData("/commentaries/lei-kezhong#p5-s2", "lei-kezhong/¶5/s2")]
    public void AnAddressNamesTheLocatorItWasWrittenFrom(string address, string locator) =>
        Assert.Equal(locator, Book.ResolveAddress(address)!.Locator.ToString());

    [Theory]
    [InlineData("paper", "commitments", 9, null, null)]     // the paper has six commitments
    [InlineData("paper", "commitments", 4, "2", 1)]         // an item's sentences are numbered through it, not per paragraph
    [InlineData("lei-kezhong", null, null, "999", null)]
    [InlineData("lei-kezhong", "commitments", null, null, null)]
    [InlineData("no-such-text", null, null, null, null)]
    public void APlaceTheTextsLackResolvesToNothing(string document, string? part, int? item, string? paragraph, int? sentence) =>
        Assert.Null(Book.Resolve(new Locator(document, part, item, paragraph, Sentence: sentence)));

    [Fact]
    public void EveryParagraphCarriesItsLabelInItsLocatorAndAnchor()
    {
        foreach (var paragraph in RealContent.Library.Paragraphs)
        {
            Assert.Equal(paragraph.Label, paragraph.Locator.Paragraph);
            Assert.EndsWith($"p{paragraph.Label}", paragraph.Anchor, StringComparison.Ordinal);
        }
    }

    private const string NumberedCommentary = """
        ---
        id: numbered
        kind: commentary
        title: "A Numbered Commentary"
        author: "Fixture Author"
        date: 2024-01-01
        language: en
        paragraph_numbers: "1, 2, 2.1, 3"
        ---

        One.

        Two.

        Two point one. It has two sentences.

        Three.
        """;

    [Fact]
    public void ACommentaryNumbersItsParagraphsAsItsFrontMatterDeclares()
    {
        var library = ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper), ("numbered.md", NumberedCommentary));
        var commentary = library.FindCommentary("numbered")!;
        Assert.Equal(["1", "2", "2.1", "3"], commentary.Paragraphs.Select(p => p.Label));
        Assert.Equal(["p1", "p2", "p2.1", "p3"], commentary.Paragraphs.Select(p => p.Anchor));
        var passage = library.Addresses.ResolveAddress("/commentaries/numbered#p2.1-s2")!;
        Assert.Equal("It has two sentences.", passage.Text);
        Assert.Equal("Fixture Author (2024), ¶2.1, sentence 2", passage.Title);
        Assert.Equal("Fixture Author (2024), ¶2–2.1", library.Addresses.ResolveAddress("/commentaries/numbered#p2-p2.1")!.Title);
    }

    [Theory]
    [InlineData("\"1, 2, 3\"", "numbered.md:8: paragraph_numbers gives 3 numbers; the commentary has 4 paragraphs")]
    [InlineData("\"1, 2, 2, 3\"", "numbered.md:8: paragraph_numbers: '2' is given twice")]
    [InlineData("\"1, 2, two, 3\"", "numbered.md:8: paragraph_numbers: 'two' is not a paragraph number")]
    public void DeclaredNumbersThatDoNotFitAreRefusedWithTheirLine(string declared, string problem) =>
        ContentAssert.Errors([("paper.md", ContentAssert.SmallPaper), ("numbered.md", NumberedCommentary.Replace("\"1, 2, 2.1, 3\"", declared))], problem);
}
