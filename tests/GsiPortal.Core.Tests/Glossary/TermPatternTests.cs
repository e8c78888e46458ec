using System.Text.RegularExpressions;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Glossary;

namespace GsiPortal.Core.Tests.Glossary;

/// <summary>
/// A term's pattern refuses a text that lacks the term's longest plain word before running (<see cref="TermPattern"/>):
/// it must never refuse a text the pattern matches.
/// </summary>
public class TermPatternTests
{
    [Fact]
    public void EveryCharacterTheRegexTakesForAnAsciiLetterOrDigitIsFoundByTheOrdinalCheckOrListed()
    {
        // Every UTF-16 unit but the surrogates, which no pattern's letter matches alone.
        var all = new string(Enumerable.Range(0, 0x10000).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => (char)c).ToArray());
        var missed = new List<string>();
        foreach (var ascii in "abcdefghijklmnopqrstuvwxyz0123456789")
            foreach (Match m in new Regex(ascii.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Matches(all))
            {
                var c = m.Value[0];
                if (!string.Equals(m.Value, ascii.ToString(), StringComparison.OrdinalIgnoreCase) && !TermPattern.RegexOnlyEquivalents.Contains(c))
                    missed.Add($"U+{(int)c:X4} for '{ascii}'");
            }
        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("counter-terrorism", "Counterterrorism is named", true)]
    [InlineData("counter-terrorism", "COUNTER‑TERRORISM cooperation", true)]
    [InlineData("counter-terrorism", "counter terrorism", false)]
    [InlineData("Cold War mentality", "a cold  war,\nMENTALITY", true)]
    [InlineData("Cold War mentality", "the cold-war mentality", false)]
    [InlineData("Cold War mentality", "the Cold War, mentality", true)]
    [InlineData("major countries", "\u212Aeep major countries", true)]
    [InlineData("kiss", "a \u212AISS", true)]
    [InlineData("state's rights", "the state’s rights", true)]
    [InlineData("biosecurity", "bio-security", false)]
    public void APatternAndItsQuickCheckAnswerAlike(string term, string text, bool matches)
    {
        var pattern = new TermPattern(term);
        Assert.Equal(matches, pattern.Regex.IsMatch(text));
        Assert.Equal(matches, pattern.IsMatch(text));
        Assert.Equal(pattern.Regex.Match(text).Value, pattern.Match(text).Value);
    }

    [Fact]
    public void AKelvinSignIsGivenToThePatternWhichTakesItForK()
    {
        var pattern = new TermPattern("kiss");
        Assert.Equal("kiss", pattern.Required);
        Assert.True(pattern.MayMatch("\u212AISS"));
        Assert.True(pattern.IsMatch("\u212AISS"));
    }

    [Fact]
    public void OnTheRealContentEveryTermAndSpellingMatchesWhereItsPatternDoesAndMostTextsAreRefusedUnread()
    {
        var library = RealContent.Library;
        var texts = library.Paragraphs.Select(p => p.Text).ToList();
        texts.AddRange(texts.Select(Similarity.Normalise).ToList());
        var spellings = library.Glossary.SelectMany(e => e.Variants.Prepend(e.Term)).ToList();
        Assert.True(spellings.Count >= 25);
        var refused = 0;
        foreach (var spelling in spellings)
        {
            var pattern = new TermPattern(spelling);
            Assert.NotNull(pattern.Required);
            foreach (var text in texts)
            {
                Assert.Equal(pattern.Regex.Matches(text).Select(m => (m.Index, m.Length)), pattern.Matches(text).Select(m => (m.Index, m.Length)));
                if (!pattern.MayMatch(text)) refused++;
            }
        }
        // Most pairs of a term and a text never reach the pattern (the point of the check).
        Assert.True(refused > spellings.Count * texts.Count / 2, $"{refused} of {spellings.Count * texts.Count} refused");
    }
}
