package cn.ecozone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EcozoneApplication {
    public static void main(String[] args) {
        SpringApplication.run(EcozoneApplication.class, args);
    }
}
