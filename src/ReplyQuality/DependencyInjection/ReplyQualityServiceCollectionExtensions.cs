using Microsoft.Extensions.Configuration;
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
    /// configuration, use the overload that takes a configuration section.
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

    /// <summary>
    /// Registers a singleton, thread-safe <see cref="IReplyAnalyzer"/> configured from a configuration section (for
    /// example <c>builder.Configuration.GetSection("ReplyQuality")</c>), then from <paramref name="configure"/>. Unlike a
    /// plain <c>Configure&lt;ReplyQualityOptions&gt;(section)</c>, a setting the options do not have (a typo such as
    /// <c>GoldenHours</c>) or a value that cannot be converted (even inside <c>Rules</c>, where the configuration binder
    /// would otherwise skip the rule silently) fails when the host starts, naming the setting.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <param name="configure">Changes applied after binding, or <see langword="null"/>.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddReplyQuality(this IServiceCollection services, IConfiguration configuration, Action<ReplyQualityOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ReplyQualityOptions>().Bind(configuration, static binder => binder.ErrorOnUnknownConfiguration = true);
        return services.AddReplyQuality(configure);
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
