namespace GsiPortal.Core.Search;

/// <summary>
/// The paper's items by the words of the heading the editors gave each ("The Middle East", "Biosecurity", "UN Charter;
/// true multilateralism": <see cref="SearchUnit.EditorsLabel"/>). An item whose heading the reader's words name whole
/// is the paper's place for that subject, and counts for more than a passage naming the words inside a proper name:
/// "middle east security" listed platform 4 first, which names the "Middle East Security Forum" among four forums, and
/// priority 7, "The Middle East", second (a fresh-eyes review, T1; docs/search.md, the twenty-fourth turn).
/// </summary>
public sealed class EditorsHeadings
{
    /// <summary>
    /// A result whose heading the query names scores this times its own (after its kind's factor): enough for priority
    /// 7 (55) to pass platform 4 (95) on "middle east security", where the forum's name holds the three words side by
    /// side and the item holds them apart.
    /// </summary>
    internal const float Factor = 2f;

    /// <summary>Each heading's analysed words (a heading of two subjects, "UN Charter; true multilateralism", is two), with its unit's ordinal.</summary>
    private readonly (string[] Words, int Unit)[] headings;

    /// <remarks>
    /// Split at ";" only. Split at "and" as well, "maritime security" named priority 11's "Maritime security and
    /// trans-boundary rivers", which a reader would like, but "UN" named "The UN and peacekeeping" (priority 1 first for
    /// "UN", not for "United Nations") and "dialogue" "Dialogue and consultation, not sanctions" (measured, the
    /// twenty-fourth turn).
    /// </remarks>
    public EditorsHeadings(IReadOnlyList<SearchUnit> units)
    {
        var list = new List<(string[], int)>();
        for (var u = 0; u < units.Count; u++)
            if (units[u] is { IsItem: true, EditorsLabel: { Length: > 0 } label })
                foreach (var part in label.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    if (TextAnalysis.Terms(part).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray() is { Length: > 0 } words)
                        list.Add((words, u));
        headings = [.. list];
    }

    /// <summary>
    /// The ordinals of the items whose heading (or one of its parts) has every word among <paramref name="terms"/>, the
    /// query's analysed words; null when none has. A heading of several words is not named by one of them: "Middle"
    /// alone names no item.
    /// </summary>
    public int[]? NamedBy(IReadOnlyList<string> terms)
    {
        List<int>? named = null;
        foreach (var (words, unit) in headings)
        {
            var all = true;
            foreach (var word in words)
                if (!Among(word, terms)) { all = false; break; }
            if (all && (named is null || !named.Contains(unit))) (named ??= []).Add(unit);
        }
        return named?.ToArray();
    }

    private static bool Among(string word, IReadOnlyList<string> terms)
    {
        for (var i = 0; i < terms.Count; i++)
            if (terms[i] == word) return true;
        return false;
    }
}
