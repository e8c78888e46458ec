using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// Issue 23's cases through the JSON API: what a fact-checker needs before publishing — no silence where the meaning
/// turned, the right text blamed for a cut, the right words for what happened.
/// </summary>
[Collection(RealSite.Name)]
public class QuoteCheckNewsroomTests(PortalFactory factory)
{
    private async Task<JsonElement> Check(string text) =>
        JsonDocument.Parse(await (await factory.CreateClient().PostAsync("/api/quote-check",
            new StringContent(JsonSerializer.Serialize(new { text }), Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync()).RootElement;

    private static JsonElement First(JsonElement answer) => answer.GetProperty("matches")[0];

    private static IEnumerable<JsonElement> Changes(JsonElement match) => match.GetProperty("changes").EnumerateArray();

    private static IEnumerable<JsonElement> Meaning(JsonElement match) => match.GetProperty("meaningChanges").EnumerateArray();

    [Theory]
    [InlineData("Support linking terrorism with any particular country, ethnic group or religion.", "Support", "Oppose")]
    [InlineData("Resolutely accept the weaponization of and arms race in outer space", "accept", "reject")]
    [InlineData("Stay committed to taking the illegitimate security concerns of all countries seriously.", "illegitimate", "legitimate")]
    // A fresh reader's cases (issue 23): the paper's own verbs of commitment, one a phrase replaced by a word.
    [InlineData("We abandon the principle of indivisible security, advocating the indivisibility between individual security and common security, between traditional security and non-traditional security, between security rights and security obligations, and between security and development.", "abandon", "uphold")]
    [InlineData("Any country, while pursuing its own security, should ignore the reasonable security concerns of others.", "ignore", "take into account")]
    [InlineData("The legitimate and reasonable security concerns of all countries should be ignored and addressed properly, not persistently ignored or systemically challenged.", "ignored", "taken seriously")]
    [InlineData("Stay committed to violating the purposes and principles of the UN Charter.", "violating", "abiding by")]
    [InlineData("Stay committed to ignoring the sovereignty and territorial integrity of all countries.", "ignoring", "respecting")]
    [InlineData("Major countries must abandon justice, fulfill their due responsibilities, support consultation on an equal footing, and facilitate talks for peace, play good offices and mediate in light of the needs and will of the countries concerned.", "abandon", "uphold")]
    public async Task AReversedWordIsAChangeOfMeaningNamingBothWords(string quotation, string quoted, string source)
    {
        var reversal = Assert.Single(Meaning(First(await Check(quotation))), c => c.GetProperty("kind").GetString() == "antonym");
        Assert.Equal((quoted, source), (reversal.GetProperty("quoted").GetString(), reversal.GetProperty("source").GetString()));
        Assert.Contains($"“{source}”", reversal.GetProperty("description").GetString());
    }

    [Fact]
    public async Task ALongCutWithoutAnEllipsisIsThePapersPassageWithWordsLeftOutSayingWhichAndWhere()
    {
        const string cut = "We call on all countries to practice true multilateralism and uphold the authority of the UN and its status as the main platform for global security governance.";
        var answer = await Check(cut);
        Assert.Equal("close", answer.GetProperty("verdict").GetString());
        var paper = First(answer);
        Assert.Equal("paper", paper.GetProperty("document").GetString());
        Assert.StartsWith("/paper/commitments/3#s5", paper.GetProperty("url").GetString());
        Assert.Empty(Meaning(paper)); // no false "Quantifier added"
        var omitted = Assert.Single(Changes(paper));
        Assert.Equal("omitted", omitted.GetProperty("kind").GetString());
        Assert.Equal("multilateralism", omitted.GetProperty("after").GetString());
        Assert.StartsWith("firmly uphold the international system", omitted.GetProperty("source").GetString());
        Assert.Equal("Not word for word: words left out without an ellipsis", answer.GetProperty("headline").GetString());
        Assert.Equal("exact", (await Check(cut.Replace("multilateralism and", "multilateralism … and"))).GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task ThePapersOwnPassageComesFirstAndTheCutIsPlacedWhereTheWordsWere()
    {
        var first = First(await Check("We uphold the principle of indivisible security, advocating the indivisibility between individual security and common security, between security rights and security obligations, and between security and development."));
        Assert.Equal("/paper/commitments/4#s7", first.GetProperty("url").GetString());
        var omitted = Assert.Single(Changes(first));
        Assert.Equal(("omitted", "between traditional security and non-traditional security", 16),
            (omitted.GetProperty("kind").GetString(), omitted.GetProperty("source").GetString(), omitted.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task AQuantifierReplacedIsSaidToBeReplaced()
    {
        var first = First(await Check("We believe major countries are equal in terms of security interests."));
        var changed = Assert.Single(Changes(first));
        Assert.Equal(("substituted", "major", "all"), (changed.GetProperty("kind").GetString(), changed.GetProperty("quoted").GetString(), changed.GetProperty("source").GetString()));
        var quantifier = Assert.Single(Meaning(first));
        Assert.StartsWith("Quantifier replaced: the text says “all”, the quotation puts “major” in its place", quantifier.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("China is willing to provide other developing countries with 5000 training opportunities in the next five years to train professionals for addressing global security issues.")]
    [InlineData("Sovereign equality & non-interference in internal affairs are basic principles of international law and the most fundamental norms governing contemporary international relations.")]
    public async Task TheSameNumberOrAnAmpersandIsNoDifference(string quotation)
    {
        var answer = await Check(quotation);
        Assert.Equal("exact", answer.GetProperty("verdict").GetString());
        Assert.Equal("Found word for word", answer.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task ABracketedInsertionIsTheEditorsWordsNotAMatch()
    {
        var first = First(await Check("Security of one country should not come at the expense of that of [other countries]."));
        var bracketed = Assert.Single(Changes(first));
        Assert.Equal(("bracketed", "other countries", "others"), (bracketed.GetProperty("kind").GetString(), bracketed.GetProperty("quoted").GetString(), bracketed.GetProperty("source").GetString()));
        Assert.True(first.GetProperty("similarity").GetDouble() < 1);
        var inserted = First(await Check("Humanity is an indivisible [security] community."));
        Assert.Contains(Changes(inserted), c => c.GetProperty("kind").GetString() == "bracketed" && c.GetProperty("quoted").GetString() == "security");
    }

    [Fact]
    public async Task AQuotationCutInsideASentenceIsNotHeadedFoundWordForWordWithoutSayingSo()
    {
        var answer = await Check("Support political settlement of hotspot issues such as the Ukraine crisis.");
        Assert.Equal("exact", answer.GetProperty("verdict").GetString());
        Assert.Equal("Found word for word, but cut inside a sentence: the sentence goes on after the quoted words", answer.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task TwoSentencesFromDifferentItemsAreSaidToComeFromTwoPlaces()
    {
        var answer = await Check("Humanity is an indivisible security community. War and sanctions are no fundamental solution to disputes.");
        Assert.Equal("joined", answer.GetProperty("verdict").GetString());
        Assert.Equal(["/paper/commitments/4#s2", "/paper/commitments/5#s2"], answer.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("url").GetString()!.Split('-')[0]));
        Assert.StartsWith("These words come from two places: Commitment 4, sentence 2, then Commitment 5", answer.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task AParaphraseInQuotationMarksIsNotAQuotationOfAnyText()
    {
        var answer = await Check("The security of one nation must not be pursued at the cost of the security of other nations.");
        Assert.Equal("not-found", answer.GetProperty("verdict").GetString());
        Assert.Equal("Not a quotation of any text", answer.GetProperty("headline").GetString());
        Assert.Empty(answer.GetProperty("matches").EnumerateArray());
        Assert.NotNull(answer.GetProperty("resembles").GetProperty("url").GetString()); // a link to look at, without differences
    }

    [Fact]
    public async Task WordsOnlyInACommentarySayInTheHeadlineThatThePaperDoesNotContainThemAndShowItsClosest()
    {
        var answer = await Check("Any country should consider the legitimate security demands and concerns of other countries while pursuing its own security interests.");
        Assert.Equal("exact", answer.GetProperty("verdict").GetString());
        Assert.Equal("/commentaries/ovais-ali-khokhar#p7-s2", First(answer).GetProperty("url").GetString());
        Assert.StartsWith("Not in the Concept Paper: word for word only in Ovais Ali Khokhar", answer.GetProperty("headline").GetString());
        Assert.StartsWith("/paper/commitments/4#s", answer.GetProperty("paperClosest").GetProperty("url").GetString());
    }

    [Fact]
    public async Task TheAuditGivesAMadeUpQuotationItsOwnRow()
    {
        const string article = "The paper says China \"will never allow any country to challenge the international order underpinned by international law\", and "
            + "a spokesman said \"we will continue to monitor the situation very closely with our partners in the region\".";
        var response = await factory.CreateClient().PostAsJsonAsync("/api/quote-audit", new { article });
        var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("quotations").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("not-in-texts", r.GetProperty("verdict").GetString()));
        Assert.True(rows[1].GetProperty("resemblesNone").GetBoolean());
        Assert.All(rows, r => Assert.StartsWith("Not a quotation of any text", r.GetProperty("headline").GetString()));
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("match").ValueKind));
    }

    [Theory]
    [InlineData("“Humanity is an indivisible security community,” the paper says.", "the paper says")]
    [InlineData("The concept paper states: \"Humanity is an indivisible security community.\"", "The concept paper states")]
    public async Task AQuotationPastedWithItsAttributionIsCheckedWithinItsMarks(string pasted, string outside)
    {
        var answer = await Check(pasted);
        Assert.Equal("exact", answer.GetProperty("verdict").GetString());
        Assert.Equal("/paper/commitments/4#s2", First(answer).GetProperty("url").GetString());
        Assert.Equal(outside, answer.GetProperty("outside").GetString());
    }

    [Fact]
    public async Task ASentenceThatStandsWordForWordIsCheckedWholeThoughItHoldsAQuotation()
    {
        // Chen ¶16's first sentence: five words of his around a quoted name — a sentence of his, not an attribution.
        var answer = await Check("The core idea of the “Global Security Initiative”.");
        Assert.Equal("exact", answer.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("outside").ValueKind);
        Assert.StartsWith("/commentaries/chen-xiangyang#p16", First(answer).GetProperty("url").GetString());
    }
}
