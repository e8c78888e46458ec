using GsiPortal.Core.Search;

namespace GsiPortal.Web.Pages.Search;

/// <summary>What the search page's notes name, where the words searched are not the words typed (review 23, D12).</summary>
public partial class IndexModel
{
    /// <summary>
    /// The words the results were searched for: the correction where the page shows its results, else the query. "No
    /// passage has the words of “climat change and securty” side by side" named the words as typed, which were not
    /// searched; it now names "climate change and security".
    /// </summary>
    public string WordsSearched => Results is { SearchedCorrected: true, Corrected: { } corrected } ? corrected : Results?.Query ?? Query ?? "";

    /// <summary>
    /// The forms searched beside the typed words, each named once: a form an earlier word already named is left out of a
    /// later word's, and a word left with none is not named ("No passage says “water disputes”; searched instead:
    /// trans-boundary rivers. Also searched: trans-boundary rivers (for “river”)" said the same thing twice).
    /// </summary>
    public static IReadOnlyList<AlsoSearched> NamedOnce(IReadOnlyList<AlsoSearched> searched)
    {
        if (searched.Count < 2) return searched;
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var once = new List<AlsoSearched>(searched.Count);
        foreach (var also in searched)
        {
            var forms = also.Forms.Where(f => !named.Contains(f)).ToList();
            named.UnionWith(also.Forms);
            if (forms.Count > 0) once.Add(forms.Count == also.Forms.Count ? also : also with { Forms = forms });
        }
        return once;
    }
}
