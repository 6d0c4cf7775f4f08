package io.wiredesk.core.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.ToDoubleFunction;

/**
 * The Prometheus registry a wiredesk process serves at {@code /metrics}: Kafka's duplicate and broken meters
 * filtered out, and a counter function that returns a negative number read as 0. The Prometheus client
 * rejects a negative counter by failing the whole scrape, so one bad third-party metric would otherwise
 * blank every panel.
 */
public final class WiredeskRegistry extends PrometheusMeterRegistry {

    public WiredeskRegistry() {
        super(PrometheusConfig.DEFAULT);
        config().meterFilter(new KafkaTopicTwins()).meterFilter(new BrokenKafkaMeters());
    }

    @Override
    protected <T> FunctionCounter newFunctionCounter(Meter.Id id, T obj, ToDoubleFunction<T> countFunction) {
        return super.newFunctionCounter(id, obj, o -> {
            double v = countFunction.applyAsDouble(o);
            return v < 0 ? 0 : v;
        });
    }
}
