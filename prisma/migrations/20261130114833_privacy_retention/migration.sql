-- CreateTable
CREATE TABLE "RetentionPolicy" (
    "organisationId" UUID NOT NULL,
    "answerTextMonths" INTEGER NOT NULL DEFAULT 24,
    "sentOutboxDays" INTEGER NOT NULL DEFAULT 30,
    "auditMonths" INTEGER NOT NULL DEFAULT 84,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionPolicy_pkey" PRIMARY KEY ("organisationId")
);

-- CreateTable
CREATE TABLE "ErasureTombstone" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "emailHash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "erasedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ErasureTombstone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ErasureTombstone_organisationId_emailHash_key" ON "ErasureTombstone"("organisationId", "emailHash");

-- AddForeignKey
ALTER TABLE "RetentionPolicy" ADD CONSTRAINT "RetentionPolicy_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErasureTombstone" ADD CONSTRAINT "ErasureTombstone_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

