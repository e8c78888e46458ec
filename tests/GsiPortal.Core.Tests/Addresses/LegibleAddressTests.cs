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
    [InlineData("Security of one country should not come at the expense of that of others.", "others%2E")]
    [InlineData("Support political settlement of hotspot issues (such as the Ukraine crisis)", "crisis%29")]
    [InlineData("Humanity is an indivisible security community", "community")]
    public void PunctuationALinkifierDropsStaysEscapedAtTheAddresssEnd(string passage, string end)
    {
        var share = AddressBook.QuoteCheck(passage);
        Assert.EndsWith(end, share);
        Assert.EndsWith(end, LegibleAddress.Of(share));
        Assert.Equal(passage, TextOf(LegibleAddress.Of(share)));
    }
}
