-- CreateTable
CREATE TABLE "SelfAssessmentVersion" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "intro" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfAssessmentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessmentRound" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "audience" "Audience" NOT NULL,
    "answers" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfAssessmentRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessmentAreaScore" (
    "roundId" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "mean" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "SelfAssessmentAreaScore_pkey" PRIMARY KEY ("roundId","area")
);

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessmentVersion_organisationId_version_key" ON "SelfAssessmentVersion"("organisationId", "version");

-- CreateIndex
CREATE INDEX "SelfAssessmentRound_userId_completedAt_idx" ON "SelfAssessmentRound"("userId", "completedAt");

-- CreateIndex
CREATE INDEX "SelfAssessmentRound_organisationId_completedAt_idx" ON "SelfAssessmentRound"("organisationId", "completedAt");

-- AddForeignKey
ALTER TABLE "SelfAssessmentVersion" ADD CONSTRAINT "SelfAssessmentVersion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentRound" ADD CONSTRAINT "SelfAssessmentRound_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentRound" ADD CONSTRAINT "SelfAssessmentRound_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentRound" ADD CONSTRAINT "SelfAssessmentRound_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SelfAssessmentVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentAreaScore" ADD CONSTRAINT "SelfAssessmentAreaScore_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SelfAssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

