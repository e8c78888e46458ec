namespace GsiPortal.Core.Content;

/// <summary>One sentence, numbered from 1 within its paper item (or part passage) for pinpoint links (<c>#s3</c>).</summary>
public sealed record Sentence(int Number, string Text);
