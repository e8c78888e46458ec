namespace GsiPortal.Core.Glossary;

/// <summary>
/// One key concept of the paper as the editors list it in <c>content/glossary.md</c>: the term, the address of the
/// paper's sentence that defines or first states it (<c>commitment-4-s7</c>: the glossary never retypes the paper),
/// other spellings the texts use, and the line it stands on for validation messages.
/// </summary>
public sealed record GlossaryEntry(string Term, string Definition, IReadOnlyList<string> Variants, int Line);
