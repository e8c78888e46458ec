using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;
using GsiPortal.Core.Citations;

namespace GsiPortal.Core.Tests.Changes;

/// <summary>
/// Three editions were dated 5 December 2026 and the citations named only the date ("edition of 5 December 2026"), so a
/// citation did not say which edition a quotation came from. An edition is named by its date and its id wherever it is
/// named; the id is its address for ever (/editions/{id}/…), and the data formats give that address.
/// </summary>
public class EditionNameTests
{
    private static readonly EditionStamp Stamp = new("bae16a670333", new DateOnly(2026, 12, 5));
    private static readonly AddressBook Addresses = new(RealContent.Library);

    [Fact]
    public void AnEditionIsNamedByItsDateAndItsId()
    {
        Assert.Equal("edition of 5 December 2026 (bae16a670333)", EditionName.Of(Stamp));
        Assert.Equal("edition bae16a670333", EditionName.Of(new EditionStamp("bae16a670333", null)));
    }

    [Theory]
    [InlineData(CitationFormat.Chicago, "GsiPortal edition of December 5, 2026 (bae16a670333), https://gsiportal.example/paper/commitments/4#s2.")]
    [InlineData(CitationFormat.Apa, "GsiPortal edition of December 5, 2026 (bae16a670333). https://gsiportal.example/paper\n")]
    [InlineData(CitationFormat.Mla, "GsiPortal edition of 5 Dec. 2026 (bae16a670333), https://gsiportal.example/paper.\n")]
    [InlineData(CitationFormat.Ris, "N1  - GsiPortal edition of 2026-12-05 (bae16a670333), https://gsiportal.example/editions/bae16a670333/paper/commitments/4#s2\n")]
    [InlineData(CitationFormat.Bibtex, "GsiPortal edition of 2026-12-05 (bae16a670333), https://gsiportal.example/editions/bae16a670333/paper/commitments/4#s2}")]
    [InlineData(CitationFormat.CslJson, "GsiPortal edition of 2026-12-05 (bae16a670333), https://gsiportal.example/editions/bae16a670333/paper/commitments/4#s2\"")]
    public void EveryFormatNamesTheEditionByDateAndIdAndTheDataLeadToIt(CitationFormat format, string words)
    {
        var text = CitationBuilder.Build(Addresses.Resolve("/paper/commitments/4", "s2")!, format, "https://gsiportal.example", new DateOnly(2026, 12, 5), Stamp).Text;
        Assert.Contains(words, text);
    }

    [Fact]
    public void ACitationWhoseUrlIsAlreadyTheEditionsGivesThatAddressOnceAndTheCurrentTextsInItsNote()
    {
        var ris = CitationBuilder.Build(Addresses.Resolve("/commentaries/lei-kezhong", "p5")!, CitationFormat.Ris, "https://gsiportal.example/editions/bae16a670333", new DateOnly(2026, 12, 5), Stamp).Text;
        // The URL names the work in the edition, the pinpoint's note the place (review 20: one item per work).
        Assert.Contains("UR  - https://gsiportal.example/editions/bae16a670333/commentaries/lei-kezhong\n", ris);
        Assert.Contains("N1  - Pinpoint: para. 5, https://gsiportal.example/editions/bae16a670333/commentaries/lei-kezhong#p5\n", ris);
        Assert.Contains("N1  - GsiPortal edition of 2026-12-05 (bae16a670333); the current text: https://gsiportal.example/commentaries/lei-kezhong#p5\n", ris);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(ris, "/editions/bae16a670333/").Count);
        Assert.DoesNotContain("editions/bae16a670333/editions", ris);
    }
}
