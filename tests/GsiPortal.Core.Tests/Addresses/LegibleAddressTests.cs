using GsiPortal.Core.Addresses;

namespace GsiPortal.Core.Tests.Addresses;

/// <summary>An address shown on a page reads as words yet, copied and pasted, is still the same address.</summary>
public class LegibleAddressTests
{
    [Fact]
    public void EverySentenceOfEveryTextsQuoteCheckAddressReadsBackToTheSentence()
    {
        var paragraphs = RealContent.Library.Paragraphs.ToList();
        Assert.NotEmpty(paragraphs);
        foreach (var paragraph in paragraphs)
        {
            var legible = LegibleAddress.Of(AddressBook.QuoteCheck(paragraph.Text));
            Assert.DoesNotContain(legible, char.IsWhiteSpace);
            Assert.Equal(paragraph.Text, TextOf(legible));
        }
    }

    [Fact]
    public void SpacesStayEscapedAndWordsAndCurlyQuotesAreShownAsThemselves()
    {
        var legible = LegibleAddress.Of(AddressBook.QuoteCheck("War and sanctions are no “fundamental” solution"));

        Assert.Equal("/quote-check?text=War%20and%20sanctions%20are%20no%20“fundamental”%20solution", legible);
    }

    [Theory]
    [InlineData("peace & security", "peace%20%26%20security")]
    [InlineData("a = b", "a%20%3D%20b")]
    [InlineData("C++ #1", "C%2B%2B%20%231")]
    [InlineData("100% sure?", "100%25%20sure%3F")]
    [InlineData("tab\there", "tab%09here")]
    public void CharactersThatWouldRereadTheAddressStayEscaped(string passage, string shownValue)
    {
        var legible = LegibleAddress.Of(AddressBook.QuoteCheck(passage));

        Assert.Equal("/quote-check?text=" + shownValue, legible);
        Assert.Equal(passage, TextOf(legible));
    }

    [Fact]
    public void AnAddressWithoutEscapesIsShownUnchanged()
    {
        Assert.Equal("/paper/commitments/4#s3", LegibleAddress.Of("/paper/commitments/4#s3"));
    }

    /// <summary>The text parameter as a browser pasting <paramref name="legible"/> would send it and a server read it.</summary>
    private static string TextOf(string legible)
    {
        var query = new Uri("http://example.org" + legible).Query; // Uri escapes what a browser escapes on paste
        var value = query.TrimStart('?').Split('&').Single(p => p.StartsWith("text=", StringComparison.Ordinal))["text=".Length..];
        return Uri.UnescapeDataString(value);
    }

    [Theory]
    // A final full stop or bracket stays a full stop, followed by the verdict's heading, which a linkifier keeps: it
    // was escaped, "others%2E", which read badly where pasted (review 21, T7).
    [InlineData("Security of one country should not come at the expense of that of others.", "others.#verdict")]
    [InlineData("Support political settlement of hotspot issues (such as the Ukraine crisis)", "crisis)#verdict")]
    [InlineData("Abusing unilateral sanctions and long-arm jurisdiction never solves a problem, but only creates more difficulties.", "difficulties.#verdict")]
    [InlineData("Humanity is an indivisible security community", "community")]
    public void PunctuationALinkifierDropsIsFollowedByTheVerdictsHeadingNotEscaped(string passage, string end)
    {
        var share = AddressBook.QuoteCheck(passage);
        Assert.EndsWith(end, LegibleAddress.Of(share));
        Assert.DoesNotContain("%2E", LegibleAddress.Of(share), StringComparison.Ordinal);
        Assert.DoesNotContain("%29", LegibleAddress.Of(share), StringComparison.Ordinal);
        Assert.Equal(passage, TextOf(LegibleAddress.Of(share)));
    }
}
