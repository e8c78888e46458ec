namespace GsiPortal.Core.Text;

/// <summary>
/// A stretch of text, marked or not: how the core hands marked words (search hits, highlights) to the web layer,
/// which alone writes markup.
/// </summary>
public readonly record struct TextRun(string Text, bool Marked);
