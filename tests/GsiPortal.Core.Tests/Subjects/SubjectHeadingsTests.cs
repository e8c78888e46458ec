using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Subjects;

namespace GsiPortal.Core.Tests.Subjects;

/// <summary>
/// The subject index turned about, as a book prints it (/subjects): each term once, A–Z, with every passage indexed
/// under it in reading order. Against the real index, and a small index of the test's own for the cases the real one
/// may not hold (a term in two capitals, two terms that make one fragment).
/// </summary>
public class SubjectHeadingsTests
{
    private static ContentLibrary WithIndex(string index)
    {
        var files = Directory.GetFiles(RealContent.Folder, "*.md").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        return ContentLoader.Load(files, "content", null, null, null, index).Library!;
    }

    [Fact]
    public void EveryTermOfTheRealIndexIsOneHeadingListingEveryPassageIndexedUnderIt()
    {
        var library = RealContent.Library;
        var headings = SubjectHeadings.Of(library).All;
        var pairs = library.Subjects.ByUnit.SelectMany(u => u.Value.Select(t => (Unit: u.Key, Term: t.ToLowerInvariant()))).ToHashSet();
        Assert.Equal(pairs.Select(p => p.Term).Distinct().Count(), headings.Count);
        Assert.Equal(pairs.Count, headings.Sum(h => h.Passages.Count));
        // Each passage listed is one the index lists under that term, by the id search gives it.
        foreach (var heading in headings)
            foreach (var passage in heading.Passages)
            {
                var id = passage.Item is { } item ? AddressBook.Id(item) : AddressBook.Id(passage.Paragraphs[0]);
                Assert.Contains((id, heading.Term.ToLowerInvariant()), pairs);
            }
        var blueHelmets = Assert.Single(headings, h => h.Term == "blue helmets");
        Assert.Equal("/paper/priorities/1", blueHelmets.Passages[0].Address);
    }

    [Fact]
    public void HeadingsRunAToZAndEachHeadingsPassagesRunInReadingOrder()
    {
        var headings = SubjectHeadings.Of(RealContent.Library).All;
        Assert.Equal(headings.Select(h => h.Term).Order(StringComparer.InvariantCultureIgnoreCase), headings.Select(h => h.Term));
        var order = RealContent.Library.Paper.Parts.SelectMany(p => p.Paragraphs)
            .Concat(RealContent.Library.Commentaries.SelectMany(c => c.Paragraphs)).Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        foreach (var heading in headings)
            Assert.Equal(heading.Passages.Select(p => order[p.Paragraphs[0]]).Order(), heading.Passages.Select(p => order[p.Paragraphs[0]]));
        // Several texts' passages under one heading: the paper's come first.
        var common = Assert.Single(headings, h => h.Term == "common security");
        Assert.IsType<Paper>(common.Passages[0].Document);
        Assert.Contains(common.Passages, p => p.Document is Commentary);
    }

    [Fact]
    public void OneTermInTwoCapitalsIsOneHeadingAndEveryHeadingHasAFragmentOfItsOwn()
    {
        var headings = SubjectHeadings.Of(WithIndex(
            "paper/commitment-3: [UN Charter, cyber-security]\nlei-kezhong/p12: [un charter, cyber security]\npaper/priority-1: [2030 goals]\n"));
        var charter = Assert.Single(headings.All, h => h.Term.Equals("UN Charter", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("UN Charter", charter.Term); // as the editors first wrote it
        Assert.Equal(["/paper/commitments/3", "/commentaries/lei-kezhong#p12"], charter.Passages.Select(p => p.Address));
        Assert.Same(charter, headings.For("un charter"));
        // "cyber-security" and "cyber security" are two headings (the index keeps the editors' spellings apart) whose
        // fragments would be one: the second is told apart.
        Assert.Equal(["cyber-security", "cyber-security-2"], headings.All.Where(h => h.Term.StartsWith("cyber")).Select(h => h.Anchor).Order());
        Assert.Equal(headings.All.Count, headings.All.Select(h => h.Anchor).Distinct().Count());
        Assert.Equal("0–9", Assert.Single(headings.All, h => h.Term == "2030 goals").Initial);
        Assert.Null(headings.For("no such subject"));
    }

    [Fact]
    public void WithoutAnIndexThereAreNoHeadings() =>
        Assert.Empty(SubjectHeadings.Of(WithIndex("")).All);
}
