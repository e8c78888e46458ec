namespace GsiPortal.Core.Tests.Content;

/// <summary>The editors' labels that head the items of a labelled part: present, unique, short, and where they belong.</summary>
public class EditorsLabelTests
{
    private static readonly string Labelled = ContentAssert.SmallPaper
        .Replace("{#commitments item=commitment count=3}", "{#commitments item=commitment count=3 heading=label}")
        .Replace("language: en\n", """
            language: en
            item_labels:
              commitments:
                1: "The first"
                2: "The second"
                3: "The third"
            closing_labels:
              commitments: "How they close"

            """);

    [Fact]
    public void EveryItemOfALabelledPartIsHeadedByItsLabel()
    {
        var library = ContentAssert.Valid(("paper.md", Labelled));
        var part = library.Paper.FindPart("commitments")!;
        Assert.Equal(["The first", "The second", "The third"], part.Items.Select(i => i.Heading));
        Assert.All(part.Items, i => Assert.True(i.HeadingIsEditors));
        Assert.Equal("How they close", part.ClosingHeading);
    }

    [Fact]
    public void AnItemOfAnUnlabelledPartIsHeadedByItsFirstSentence()
    {
        var item = ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper)).Paper.FindPart("commitments")!.Items[0];
        Assert.Equal("First commitment.", item.Heading);
        Assert.False(item.HeadingIsEditors);
    }

    [Fact]
    public void AMissingLabelIsReportedAtTheItem() =>
        ContentAssert.Errors(Labelled.Replace("    2: \"The second\"\n", ""), "paper.md:24: commitment-2 has no label");

    [Fact]
    public void ADuplicateLabelIsReportedAtItsLine() =>
        ContentAssert.Errors(Labelled.Replace("\"The third\"", "\"the first\""), "paper.md:12: the label \"the first\" of commitment 3 is also the label of commitment 1");

    [Fact]
    public void ALabelOfMoreThanSixWordsIsReported() =>
        ContentAssert.Errors(Labelled.Replace("\"The third\"", "\"One two three four five six seven\""), "paper.md:12: the label of commitment 3 has 7 words; at most 6");

    [Fact]
    public void ALabelForAnItemThatDoesNotExistIsReported() =>
        ContentAssert.Errors(Labelled.Replace("    3: \"The third\"\n", "    3: \"The third\"\n    4: \"The fourth\"\n"), "paper.md:13: item_labels.commitments: part II has no commitment 4");

    [Fact]
    public void LabelsForAPartHeadedByFirstSentencesAreReported() =>
        ContentAssert.Errors(Labelled.Replace(" heading=label}", "}"), "paper.md:9: part II takes its headings from first sentences");

    [Fact]
    public void AClosingLabelWithoutAClosingPassageIsReported() =>
        ContentAssert.Errors(Labelled.Replace("These commitments close the part.", ""), "paper.md:14: part II has no closing passage to head");
}
