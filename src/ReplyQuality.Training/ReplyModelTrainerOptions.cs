namespace ReplyQuality.Training;

/// <summary>Settings of <see cref="ReplyModelTrainer"/>. The defaults are those of the embedded model.</summary>
public sealed class ReplyModelTrainerOptions
{
    /// <summary>The model's name (reported by <c>reply-lint</c> as the model in use). Default <c>custom</c>.</summary>
    public string Name { get; set; } = "custom";

    /// <summary>The random seed: the same data and seed give a byte-identical model.</summary>
    public int Seed { get; set; } = 20261126;

    /// <summary>
    /// Folds of the cross-validation that chooses each tag's threshold (the one maximising F1 over the
    /// cross-validated predictions) and reports the cross-validated metrics. 0 or 1: no cross-validation, every
    /// threshold 0.5. Default 5.
    /// </summary>
    public int CrossValidationFolds { get; set; } = 5;

    /// <summary>L2 regularisation of each logistic classifier (ML.NET SDCA). Default 1e-6 (best cross-validated F1 on the shipped corpus among 1e-4 … 1e-7).</summary>
    public float L2Regularization { get; set; } = 1e-6f;

    /// <summary>Most passes over the data per classifier. Default 1000.</summary>
    public int MaximumIterations { get; set; } = 1000;

    /// <summary>Weights smaller than this in absolute value are dropped from the saved model. Default 1e-5.</summary>
    public float WeightCutoff { get; set; } = 1e-5f;

    internal void ThrowIfInvalid()
    {
        if (CrossValidationFolds < 0 || CrossValidationFolds > 20)
        {
            throw new ArgumentException($"CrossValidationFolds must be between 0 and 20 (was {CrossValidationFolds}).");
        }

        if (!(L2Regularization >= 0) || MaximumIterations <= 0 || !(WeightCutoff >= 0))
        {
            throw new ArgumentException("L2Regularization and WeightCutoff must be non-negative, MaximumIterations positive.");
        }
    }
}
