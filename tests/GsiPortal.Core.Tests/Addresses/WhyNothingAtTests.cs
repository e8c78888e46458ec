using GsiPortal.Core.Addresses;

namespace GsiPortal.Core.Tests.Addresses;

/// <summary>
/// The one wording for a passage a page does not have, which /cite, /embed, /oembed and /api/passages all give: what the
/// page has, and that what was asked names none of it. /cite said "names no item, part or commentary with the passage
/// 's2-s9'" where /embed said "has sentences s1 to s8" for the same mistake (a fresh-eyes review).
/// </summary>
public class WhyNothingAtTests
{
    private static AddressBook Book => RealContent.Library.Addresses;

    [Fact]
    public void ARangeRunningPastAnItemsLastSentenceSaysWhichSentencesItHas()
    {
        var item = RealContent.Library.Paper.Items.Single(i => i.Part.Slug == "commitments" && i.Number == 4);
        var last = item.Sentences.Last().Number;
        Assert.Equal($"{item.FullTitle} has sentences s1 to s{last}; “s2-s{last + 1}” names none of them.",
            Book.WhyNothingAt("/paper/commitments/4", $"s2-s{last + 1}"));
    }

    [Theory]
    [InlineData("/commentaries/ovais-ali-khokhar", "p4-s99", "¶4 has sentences s1 to s")]
    [InlineData("/paper/background", "background-p2-s99", "Part I: Background, ¶2 has sentences s1 to s")]
    [InlineData("/paper/commitments", "commitment-4-s99", "Commitment 4: Indivisible security; legitimate concerns of all has sentences s1 to s")]
    [InlineData("/commentaries/ovais-ali-khokhar", "p999", "has paragraphs p1 to p")]
    public void ASentenceOrParagraphBeyondTheLastSaysWhatThereIs(string page, string fragment, string says)
    {
        var why = Book.WhyNothingAt(page, fragment);
        Assert.NotNull(why);
        Assert.Contains(says, why);
        Assert.EndsWith($"“{fragment}” names none of them.", why);
    }

    [Fact]
    public void AnEmbedsNestedParagraphSaysWhichSentencesItHas()
    {
        var why = Book.WhyNothingInEmbed("commentaries/ovais-ali-khokhar/p4/s99");
        Assert.NotNull(why);
        Assert.Contains("¶4 has sentences s1 to s", why);
        Assert.EndsWith("“s99” names none of them.", why);
    }

    [Theory]
    [InlineData("/paper/commitments/4", "s2-s3")]
    [InlineData("/paper/commitments/4", null)]
    [InlineData("/paper/commitments/99", "s1")]
    [InlineData("/commentaries/nobody", "p1")]
    public void WhatNamesSomethingOrAPageThatIsNoneHasNoSuchReason(string page, string? fragment) =>
        Assert.Null(Book.WhyNothingAt(page, fragment));

    [Fact]
    public void AWholeAddressIsReadAsAReaderPastesIt() =>
        Assert.Contains("has sentences s1 to s", Book.WhyNothingAtAddress("/paper/commitments/4#s99"));
}
