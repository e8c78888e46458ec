using System.Text.Json;
using System.Text.RegularExpressions;
using GsiPortal.Core.Citations;

namespace GsiPortal.Core.Tests.Citations;

/// <summary>
/// Review 20 (D2): the CSL item's id and the BibTeX key were the place's ("ovais-ali-khokhar-p4", "-p7"), so citeproc-js
/// given ¶4 and ¶7 printed two works ("Khokhar 2023a", "2023b") and a .bib file held two entries. The item is the work
/// now — its id and key the document's, its URL the work's page in the edition — and the pinpoint is the cite's (the CSL
/// citation object's locator), with the place's address in the note for the reader.
/// </summary>
public partial class CitationTests
{
    [Theory]
    [InlineData("/commentaries/ovais-ali-khokhar", "p4", "/commentaries/ovais-ali-khokhar", "p7", "ovais-ali-khokhar")]
    [InlineData("/paper/commitments/4", "s3", "/paper/commitments/5", null, "paper")]
    [InlineData("/paper/background", "background-p3", "/paper/platforms", null, "paper")]
    public void TwoPlacesInOneWorkAreOneItemInEveryDataFormat(string page1, string? at1, string page2, string? at2, string work)
    {
        var (one, two) = (Addresses.Resolve(page1, at1)!, Addresses.Resolve(page2, at2)!);
        foreach (var format in new[] { CitationFormat.CslJson, CitationFormat.Bibtex, CitationFormat.Ris })
        {
            var (a, b) = (Item(one, format), Item(two, format));
            Assert.Equal(a.Id, b.Id);
            Assert.Equal(a.Url, b.Url);
            if (format != CitationFormat.Ris) Assert.Equal(work, a.Id);
            Assert.DoesNotContain('#', a.Url);
        }
    }

    [Fact]
    public void TheCitationObjectKeepsEachPinpointAndItsOwnCitationId()
    {
        var cites = new[] { "p4", "p7" }.Select(p => JsonDocument.Parse(CitationBuilder.Build(Addresses.Resolve("/commentaries/ovais-ali-khokhar", p)!, CitationFormat.CslCitation, Origin, Accessed, Edition).Text).RootElement).ToArray();
        Assert.Equal(["4", "7"], cites.Select(c => c.GetProperty("citationItems")[0].GetProperty("locator").GetString()));
        Assert.All(cites, c => Assert.Equal("paragraph", c.GetProperty("citationItems")[0].GetProperty("label").GetString()));
        Assert.Equal(["commentaries-ovais-ali-khokhar-p4", "commentaries-ovais-ali-khokhar-p7"], cites.Select(c => c.GetProperty("citationID").GetString()));
    }

    [Fact]
    public void TheNoteNamesThePlaceAndItsAddressBesideTheWorksUrl()
    {
        var ris = CitationBuilder.Build(Addresses.Resolve("/commentaries/ovais-ali-khokhar", "p4")!, CitationFormat.Ris, Origin, Accessed, Edition).Text;
        Assert.Contains($"N1  - Pinpoint: para. 4, {Origin}/commentaries/ovais-ali-khokhar#p4\n", ris);
        Assert.Contains($"UR  - {Origin}/commentaries/ovais-ali-khokhar\n", ris);
    }

    private static (string Id, string Url) Item(Core.Addresses.Passage passage, CitationFormat format)
    {
        var text = CitationBuilder.Build(passage, format, Origin, Accessed, Edition).Text;
        return format switch
        {
            CitationFormat.CslJson => (JsonDocument.Parse(text).RootElement[0].GetProperty("id").GetString()!, JsonDocument.Parse(text).RootElement[0].GetProperty("URL").GetString()!),
            CitationFormat.Bibtex => (Regex.Match(text, @"^@\w+\{([^,]+),").Groups[1].Value, Regex.Match(text, @"url = \{([^}]+)\}").Groups[1].Value),
            // RIS has no id: one work is one title and one URL.
            _ => (Regex.Match(text, @"TI  - (.+)\n").Groups[1].Value, Regex.Match(text, @"UR  - (.+)\n").Groups[1].Value),
        };
    }
}
