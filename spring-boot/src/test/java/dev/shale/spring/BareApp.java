package dev.shale.spring;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with nothing of its own, for start-ups whose tables may not exist. */
@SpringBootConfiguration
@EnableAutoConfiguration
class BareApp {
}
