namespace GsiPortal.Core.Glossary;

/// <summary>
/// One key concept of the paper as the editors list it in <c>content/glossary.md</c>: the term, the address of the
/// paper's sentence that defines or first states it (<c>commitment-4-s7</c>: the glossary never retypes the paper),
/// other spellings and variant wordings the texts use, the editors' word on whether the texts explain the term
/// (and where), and the line it stands on for validation messages.
/// </summary>
public sealed record GlossaryEntry(string Term, string Definition, IReadOnlyList<string> Variants, int Line)
{
    /// <summary>Whether the texts explain the term, in the editors' judgement; <see cref="Explanation.NotJudged"/> in a glossary written before they said.</summary>
    public Explanation Explanation { get; init; } = Explanation.NotJudged;

    /// <summary>The paper's sentence that explains the term: the entry's own (<see cref="Definition"/>) or another; null unless explained.</summary>
    public string? ExplainedIn { get; init; }
}

/// <summary>The editors' word on a glossary term: the texts explain it (in a sentence they name), only use it, or they have not said.</summary>
public enum Explanation { NotJudged, Explained, NotExplained }
