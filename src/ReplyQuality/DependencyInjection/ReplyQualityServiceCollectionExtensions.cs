using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReplyQuality;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ReplyQuality in a service collection.</summary>
public static class ReplyQualityServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton, thread-safe <see cref="IReplyAnalyzer"/> configured from
    /// <see cref="ReplyQualityOptions"/>. Options are validated when the host starts. To bind them from
    /// configuration, also call <c>services.Configure&lt;ReplyQualityOptions&gt;(configuration.GetSection("ReplyQuality"))</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default options, or <see langword="null"/>.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddReplyQuality(this IServiceCollection services, Action<ReplyQualityOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<ReplyQualityOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReplyQualityOptions>, ReplyQualityOptionsValidator>());
        services.TryAddSingleton<IReplyAnalyzer>(static sp => ReplyAnalyzer.Create(sp.GetRequiredService<IOptions<ReplyQualityOptions>>().Value));
        return services;
    }

    private sealed class ReplyQualityOptionsValidator : IValidateOptions<ReplyQualityOptions>
    {
        public ValidateOptionsResult Validate(string? name, ReplyQualityOptions options)
        {
            var errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
