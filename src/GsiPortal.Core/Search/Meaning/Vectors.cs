namespace GsiPortal.Core.Search.Meaning;

/// <summary>Arithmetic on the model's vectors, which it normalises: their dot product is their cosine.</summary>
internal static class Vectors
{
    /// <summary>The dot product, summed in index order (the dumps compare scores, so the order is kept everywhere).</summary>
    public static float Dot(float[] v, float[] w)
    {
        var dot = 0f;
        for (var i = 0; i < v.Length; i++) dot += v[i] * w[i];
        return dot;
    }
}
