using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Content;
using GsiPortal.Core.References;

namespace GsiPortal.Core.Tests.References;

/// <summary>
/// Every pinpoint the site prints is a reference the site reads back to the same passage: each passage's title (the
/// home page's "Concept Paper, Part I: Background, ¶3, sentence 5", the embeds', the API's), Chicago's pinpoint
/// ("pt. I, para. 3, sentence 5") and the in-text citations of APA and MLA, for every part, item, paragraph and sentence
/// of the real texts.
/// </summary>
public class PrintedPinpointTests
{
    private static readonly AddressBook Book = RealContent.Library.Addresses;
    private static ReferenceGrammar Grammar => Book.References;

    [Theory]
    [InlineData("I.3", "/paper/background#background-p3")]
    [InlineData("I.3.5", "/paper/background#background-p3-s5")]
    [InlineData("I.2-3", "/paper/background#background-p2-p3")]
    [InlineData("Concept Paper, Part I: Background, ¶3, sentence 5", "/paper/background#background-p3-s5")]
    [InlineData("Part II: Core concepts and principles", "/paper/commitments")]
    [InlineData("pt. II, closing, sentence 2", "/paper/commitments#commitments-p1-s2")]
    [InlineData("pt. I, par. 3", "/paper/background#background-p3")]
    [InlineData("Lei, 2022, para. 5", "/commentaries/lei-kezhong#p5")]
    [InlineData("Global Security Initiative Concept Paper, pt. II, commitment 4", "/paper/commitments/4")]
    public void APrintedFormIsReadBack(string printed, string address)
    {
        var reading = Grammar.Read(printed);
        Assert.True(reading.Names, reading.Reason);
        Assert.Equal(address, Assert.Single(reading.Passages).Address);
    }

    [Fact]
    public void APartWithoutItemsHasNoParagraphPastItsLast()
    {
        var reading = Grammar.Read("I.9");
        Assert.False(reading.Names);
        Assert.Equal("Part I has three paragraphs; 'I.9' names none", reading.Reason);
    }

    [Fact]
    public void TheWordBackgroundInRunningTextIsNoReference()
    {
        var found = Grammar.Find("Against this background, the paper sets out its principles.", TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.Empty(found.Found);
    }

    [Fact]
    public void EveryPinpointTheSitePrintsNamesItsPassage()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var passage in PrintedPassages())
        {
            foreach (var printed in Pinpoints(passage))
            {
                checkedCount++;
                var reading = Grammar.Read(printed);
                var read = reading.Names ? string.Join(' ', reading.Passages.Select(p => p.Address)) : reading.Reason;
                if (read != passage.Address) failures.Add($"'{printed}' → {read} (expected {passage.Address})");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} printed pinpoints do not read back:\n" + string.Join('\n', failures.Take(200)));
        Assert.True(checkedCount > 1000, $"only {checkedCount} pinpoints walked");
    }

    /// <summary>Every part and item; every paragraph and sentence of the paper and the commentaries; and a run of each.</summary>
    private static IEnumerable<Passage> PrintedPassages()
    {
        var library = RealContent.Library;
        foreach (var part in library.Paper.Parts)
        {
            yield return Book.Resolve(new Locator(library.Paper.Id, part.Slug))!;
            foreach (var item in part.Items)
            {
                yield return Book.Resolve(item.Locator)!;
                var sentences = item.Sentences.Count();
                for (var s = 1; s <= sentences; s++) yield return Book.Resolve(item.Locator.WithSentences(s, s))!;
                if (sentences > 1) yield return Book.Resolve(item.Locator.WithSentences(1, 2))!;
            }
        }
        IEnumerable<Paragraph> paragraphs = library.Paper.Parts.SelectMany(p => p.Introduction.Concat(p.Closing))
            .Concat(library.Paper.Parts.SelectMany(p => p.Items).SelectMany(i => i.Paragraphs.Count > 1 ? i.Paragraphs : []))
            .Concat(library.Commentaries.SelectMany(c => c.Paragraphs));
        foreach (var paragraph in paragraphs)
        {
            yield return Book.Resolve(paragraph.Locator)!;
            if (paragraph.Item is not null) continue;
            for (var s = 1; s <= paragraph.Sentences.Count; s++) yield return Book.Resolve(paragraph.Locator.WithSentences(s, s))!;
        }
    }

    /// <summary>
    /// What the site prints for a passage: its title; Chicago's pinpoint, for the paper (a commentary's, "para. 5",
    /// follows its title in the note); the in-text citations — APA's after the ministry and year for the paper, whose
    /// author's name alone is not read as the paper's.
    /// </summary>
    private static IEnumerable<string> Pinpoints(Passage passage)
    {
        if (passage.Kind != PassageKind.Item) yield return passage.Title;
        var isPaper = passage.Document.Kind == DocumentKind.Paper;
        if (isPaper && CitationPlace.Of(passage) is { } place) yield return place;
        var apa = InText(passage, CitationFormat.Apa);
        yield return isPaper ? CitationPlace.Locator(passage)!.Apa : apa;
        yield return InText(passage, CitationFormat.Mla);
    }

    private static string InText(Passage passage, CitationFormat format)
    {
        var text = CitationBuilder.Build(passage, format, "https://gsiportal.example", new DateOnly(2026, 12, 5), new EditionStamp("0123456789ab", null)).Text;
        var inText = text[(text.IndexOf("\nIn text: (", StringComparison.Ordinal) + "\nIn text: (".Length)..];
        return inText.TrimEnd(')');
    }
}
