package cn.ecozone.shared.startup;

import cn.ecozone.shared.DomainFact;

/** The service is still starting (its startup work is not done): try again in a few seconds. */
public class ServiceStarting extends DomainFact {

    public ServiceStarting() {
        super(Category.UNAVAILABLE, "error.service-starting", null);
    }
}
