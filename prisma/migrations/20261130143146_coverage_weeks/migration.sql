-- CreateTable
CREATE TABLE "PartnerCoverageWeek" (
    "organisationId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "weekKey" TEXT NOT NULL,
    "onTime" BOOLEAN NOT NULL,

    CONSTRAINT "PartnerCoverageWeek_pkey" PRIMARY KEY ("partnerId","weekKey")
);

-- CreateTable
CREATE TABLE "CoverageWeek" (
    "organisationId" UUID NOT NULL,
    "weekKey" TEXT NOT NULL,
    "weekEnd" TIMESTAMPTZ(3) NOT NULL,
    "onTime" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoverageWeek_pkey" PRIMARY KEY ("organisationId","weekKey")
);

-- AddForeignKey
ALTER TABLE "PartnerCoverageWeek" ADD CONSTRAINT "PartnerCoverageWeek_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageWeek" ADD CONSTRAINT "CoverageWeek_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

